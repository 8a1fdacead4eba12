using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Compares the values arriving on "inA" and "inB" in pairs, the first of each with the first of the other and so
/// on, and sends whether they are equal on "outbox" (Kamaelia's Comparator). A value waits in its inbox until its
/// partner arrives. ProducerFinished compares the pairs that are complete and is then forwarded; values still
/// without a partner then are counted in <see cref="Unpaired"/>. ShutdownMicroprocess is forwarded at once.
/// </summary>
/// <typeparam name="T">The values' type, carried by "inA" and "inB".</typeparam>
public sealed partial class Comparator<T> : Component
{
    private readonly IEqualityComparer<T> _comparer;

    /// <summary>Creates the comparator.</summary>
    /// <param name="comparer">Decides equality; <see cref="EqualityComparer{T}.Default"/> when null.</param>
    public Comparator(IEqualityComparer<T>? comparer = null) => _comparer = comparer ?? EqualityComparer<T>.Default;

    /// <summary>The first value of each pair.</summary>
    [Inbox("inA", "The first value of each pair")]
    public partial Inbox<T> InA { get; }

    /// <summary>The second value of each pair.</summary>
    [Inbox("inB", "The second value of each pair")]
    public partial Inbox<T> InB { get; }

    /// <summary>Shutdown signals.</summary>
    [Inbox("control", "Shutdown signals")]
    public partial Inbox<object> Control { get; }

    /// <summary>True when the two values of a pair are equal.</summary>
    [Outbox("outbox", "True when the two values of a pair are equal")]
    public partial Outbox<bool> Outbox { get; }

    /// <summary>The shutdown signal.</summary>
    [Outbox("signal", "The shutdown signal")]
    public partial Outbox<object> Signal { get; }

    /// <summary>How many values were left without a partner when the comparator finished.</summary>
    public int Unpaired { get; private set; }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            var requested = ReadControl(Control, until: ShutdownRequest.Finish);
            if (requested == ShutdownRequest.StopNow)
            {
                break;
            }

            while (!Outbox.IsFull && InA.Count > 0 && InB.Count > 0)
            {
                Outbox.Send(_comparer.Equals(InA.Recv(), InB.Recv()));
            }

            var pairsWaiting = InA.Count > 0 && InB.Count > 0;
            if (requested == ShutdownRequest.Finish && !pairsWaiting)
            {
                Unpaired = InA.Count + InB.Count;
                break;
            }

            if ((requested == ShutdownRequest.Finish || Control.Count == 0) && (!pairsWaiting || Outbox.IsFull))
            {
                Pause();
            }

            yield return null;
        }

        while (!TryForwardShutdownSignal(Signal))
        {
            Pause();
            yield return null;
        }
    }
}
