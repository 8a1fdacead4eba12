using Kamaelia.Chassis;
using Kamaelia.Util;

namespace Kamaelia.Tests.Documentation;

// The example of docs/multicore.md. The page quotes this file; keep them equal.

[Inbox<long>("inbox", "Numbers to hash")]
[Inbox("control", "ProducerFinished or ShutdownMicroprocess")]
[Outbox<long>("outbox", "Each number's hash")]
[Outbox("signal", "The shutdown signal, after the last hash")]
public partial class Hash : Component
{
    [Handles("inbox")]
    private void OnNumber(long number)
    {
        var hash = number;
        for (var i = 0; i < 1_000; i++)
        {
            hash = (hash * 6364136223846793005L) + 1442695040888963407L;   // CPU work, no I/O
        }

        Outbox.Send(hash);
    }
}

[Inbox<long>("inbox", "Hashes")]
[Inbox("control", "ProducerFinished or ShutdownMicroprocess")]
[Outbox("outbox", "Not used")]
[Outbox("signal", "The shutdown signal")]
public partial class Total : Component
{
    public long Value { get; private set; }

    [Handles("inbox")]
    private void OnHash(long hash) => Value ^= hash;
}

public sealed class MulticoreExampleTests
{
    [Fact]
    public void APipelineSpreadOverTwoSchedulersComputesWhatOneSchedulerDoes()
    {
        // docs/multicore.md: begin
        var group = new SchedulerGroup(2);
        var total = new Total();
        Component[] stages = [new DataSource<long>(Enumerable.Range(0, 10_000).Select(i => (long)i)), new Hash(), new Hash(), total];
        group.Spread(stages);            // the source and the first Hash on scheduler 0, the second Hash and Total on 1
        group.Run(new Pipeline(stages)); // the Pipeline itself goes to scheduler 0; returns when every stage has ended
        // docs/multicore.md: end

        var alone = new Total();
        new Pipeline(new DataSource<long>(Enumerable.Range(0, 10_000).Select(i => (long)i)), new Hash(), new Hash(), alone).Run(new Scheduler());
        Assert.Equal(alone.Value, total.Value);
        Assert.Equal([group[0], group[0], group[1], group[1]], stages.Select(stage => stage.Scheduler));
    }
}
