namespace Axon;

/// <summary>
/// "Stop now": the receiver forwards the message on "signal" and stops without finishing queued work.
/// </summary>
public sealed class ShutdownMicroprocess : ShutdownSignal
{
    private readonly Component[] _components;

    /// <summary>Creates the message, optionally naming the components it concerns.</summary>
    public ShutdownMicroprocess(params Component[] components) => _components = components;

    /// <summary>The components named when the message was made.</summary>
    public IReadOnlyList<Component> Components => _components;

    /// <inheritdoc />
    public override string ToString() => "ShutdownMicroprocess";
}
