using Axon;

namespace Kamaelia.Gen.Benchmarks.Components;

/// <summary>
/// Adds up the numbers it receives and sends the total on its outbox after every <c>batch</c> numbers: what a
/// Handle's Get waits for, so one long-lived graph serves every operation.
/// </summary>
[Inbox<int>("inbox", "Numbers")]
[Inbox("control", "Shutdown signals")]
[Outbox<long>("outbox", "The total of each batch")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class BatchSum(int batch) : Component
{
    private long _sum;
    private int _count;

    [Handles("inbox")]
    private void OnNumber(int number)
    {
        _sum += number;
        if (++_count == batch)
        {
            Outbox.Send(_sum);
            (_sum, _count) = (0, 0);
        }
    }
}
