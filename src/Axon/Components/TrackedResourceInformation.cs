namespace Axon;

/// <summary>The boxes and information a component keeps about one resource.</summary>
/// <param name="Inboxes">The inboxes that belong to the resource.</param>
/// <param name="Outboxes">The outboxes that belong to the resource.</param>
/// <param name="Information">Anything else the component wants to remember.</param>
public sealed record TrackedResourceInformation(IReadOnlyList<string> Inboxes, IReadOnlyList<string> Outboxes, object? Information);
