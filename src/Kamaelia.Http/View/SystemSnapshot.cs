namespace Kamaelia.Http.View;

/// <summary>
/// A running system as it stood at one moment: every component of the schedulers observed (and every component their
/// links reach), their boxes with depths and arrival rates, and every link. Made by a <see cref="SystemSnapshotSource"/>.
/// </summary>
/// <param name="Sequence">Counts the snapshots the source has made, from 1.</param>
/// <param name="Time">When it was taken, from the source's <see cref="TimeProvider"/>.</param>
/// <param name="Components">The components, ordered by id.</param>
/// <param name="Links">The links, ordered by the component and box they leave.</param>
public sealed record SystemSnapshot(long Sequence, DateTimeOffset Time, IReadOnlyList<ComponentSnapshot> Components, IReadOnlyList<LinkSnapshot> Links);
