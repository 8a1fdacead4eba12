using Kamaelia.Chassis;
using Kamaelia.Util;

namespace Kamaelia.Tests.Documentation;

/// <summary>The two components of docs/main-or-handles.md do the same: every line in capitals, in order, then the signal.</summary>
public sealed class UpperBothWaysTests
{
    public static TheoryData<string> Styles { get; } = ["handlers", "main"];

    [Theory]
    [MemberData(nameof(Styles))]
    public void EveryLineLeavesInCapitalsBehindABoundedInboxAndThenTheSignal(string style)
    {
        var lines = Enumerable.Range(0, 50).Select(i => $"line {i}").ToArray();
        Component upper = style == "main" ? new UpperWithMain() : new UpperWithHandlers();
        var slow = new PassThrough<string>();
        slow.Inbox.SizeLimit = 1;
        var results = new ChannelSink<string>(capacity: 100);

        new Pipeline(new DataSource<string>(lines), upper, slow, results).Run(new Scheduler());

        var received = new List<string>();
        while (results.Reader.TryRead(out var line))
        {
            received.Add(line);
        }

        Assert.Equal(lines.Select(l => l.ToUpperInvariant()), received);
        Assert.True(results.Reader.Completion.IsCompleted);
    }

    [Fact]
    public void ShutdownMicroprocessStopsBothStylesWithQueuedLinesLeftUnhandled()
    {
        foreach (var upper in new Component[] { new UpperWithMain(), new UpperWithHandlers() })
        {
            var scheduler = new Scheduler();
            upper.Activate(scheduler);
            upper.Deliver("queued");
            upper.Deliver(new ShutdownMicroprocess(), "control");

            while (scheduler.RunPass())
            {
            }

            Assert.Equal(1, upper.Inboxes["inbox"].Count);
        }
    }
}
