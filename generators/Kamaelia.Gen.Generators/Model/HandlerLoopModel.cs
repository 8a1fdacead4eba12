namespace Kamaelia.Gen.Generators.Model;

/// <summary>
/// What the generated main loop needs: the data handlers in inbox declaration order, the handler of "control"
/// if the user wrote one, and the accessors of the "control" and "signal" boxes if they exist.
/// </summary>
/// <param name="DataHandlers">Handlers of inboxes other than "control", in the inboxes' declaration order.</param>
/// <param name="ControlHandler">The user's handler of "control", or null.</param>
/// <param name="ControlAccessor">The accessor of the "control" inbox, or null when there is none.</param>
/// <param name="SignalAccessor">The accessor of the "signal" outbox when it can carry shutdown signals, else null.</param>
internal sealed record HandlerLoopModel(
    EquatableArray<HandlerModel> DataHandlers,
    HandlerModel? ControlHandler,
    string? ControlAccessor,
    string? SignalAccessor);
