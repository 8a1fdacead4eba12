namespace Axon;

/// <summary>
/// A message on its way between two schedulers with its place in the order of everything its component sent
/// across to the same receiving component, so that messages on different boxes (data on "outbox", then
/// ProducerFinished on "signal") arrive in the order they were sent.
/// </summary>
internal readonly record struct Stamped<T>(T Item, long Sequence);
