namespace Kamaelia.Gen.Generators.Model;

/// <summary>The inboxes a component's source reads and the outboxes it sends on, sorted by name.</summary>
internal sealed record BoxUseModel(EquatableArray<string> Reads, EquatableArray<string> Sends);
