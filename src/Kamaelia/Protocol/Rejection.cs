namespace Kamaelia.Protocol;

/// <summary>
/// Input that a component could not use, reported on its "rejected" outbox instead of being dropped (and counted in
/// the component's <c>RejectionCount</c>): which component, why, and how many bytes. Link "rejected" to see them; left
/// unlinked they are counted by the outbox's <see cref="Axon.Box.Discarded"/> too.
/// </summary>
/// <param name="Component">The name of the component that rejected the input.</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="Length">How many bytes of input were rejected.</param>
/// <param name="Data">The rejected input itself, when the component kept it (a message it could not decode); else null.</param>
public sealed record Rejection(string Component, string Reason, long Length, byte[]? Data = null)
{
    /// <inheritdoc />
    public override string ToString() => $"{Component} rejected {Length} bytes: {Reason}";
}
