namespace Kamaelia.Http.View;

/// <summary>One box of a component as a <see cref="SystemSnapshot"/> saw it.</summary>
/// <param name="Name">The box's name.</param>
/// <param name="Depth">For an inbox, the messages waiting in it; 0 for an outbox.</param>
/// <param name="Full">For an inbox, true when it has reached its size limit.</param>
/// <param name="Arrived">For an inbox, the messages that have arrived in it since it was made (see <see cref="Axon.Box.Arrivals"/>); 0 for an outbox.</param>
/// <param name="Rate">For an inbox, messages arrived per second since the previous snapshot that saw it; 0 the first time.</param>
/// <param name="Discarded">For an outbox, the messages discarded because nothing was linked to it.</param>
/// <param name="Held">For an outbox, the messages it holds until the full inbox it feeds makes room.</param>
public sealed record BoxSnapshot(string Name, int Depth, bool Full, long Arrived, double Rate, long Discarded, int Held);
