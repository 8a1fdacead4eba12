using Axon;

namespace Kamaelia.Http.View;

/// <summary>
/// One link as a <see cref="SystemSnapshot"/> saw it: from a box to the next box of its chain (an outbox to an inbox, or
/// a passthrough from a parent's inbox to a child's, or from a child's outbox to a parent's).
/// </summary>
/// <param name="FromComponent">The id of the component whose box the link leaves.</param>
/// <param name="FromBox">The name of the box the link leaves.</param>
/// <param name="FromDirection">Whether the box it leaves is an inbox or an outbox.</param>
/// <param name="ToComponent">The id of the component whose box the link reaches.</param>
/// <param name="ToBox">The name of the box the link reaches.</param>
/// <param name="ToDirection">Whether the box it reaches is an inbox or an outbox.</param>
public sealed record LinkSnapshot(int FromComponent, string FromBox, BoxDirection FromDirection, int ToComponent, string ToBox, BoxDirection ToDirection);
