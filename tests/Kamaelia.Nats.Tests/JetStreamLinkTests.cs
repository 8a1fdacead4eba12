using System.Diagnostics;
using Kamaelia.Chassis;
using NATS.Client.Core;
using Xunit.Abstractions;

namespace Kamaelia.Nats.Tests;

/// <summary>NatsDurablePublishTo and NatsDurableSubscribeTo over a JetStream server of the test's own.</summary>
public sealed class JetStreamLinkTests(ITestOutputHelper output)
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    private static NatsOpts Options(NatsServer server) => NatsOpts.Default with
    {
        Url = server.Url,
        ReconnectWaitMin = TimeSpan.FromMilliseconds(50),
        ReconnectJitter = TimeSpan.FromMilliseconds(10),
    };

    [Fact]
    public void A_broker_killed_and_restarted_mid_stream_loses_and_duplicates_nothing()
    {
        Serializers.Register();
        const long count = 30_000;
        using var server = NatsServer.StartJetStream();
        var options = Options(server);
        var publisher = new NatsDurablePublishTo<long>("numbers.restart", options);
        publisher.Inbox.SizeLimit = 1000;
        var subscriber = new NatsDurableSubscribeTo<long>("numbers.restart", "restart-test", options);
        var sink = new NumberSink();
        var status = new StatusSink();
        using var background = new Background().Start();
        var publisherStatus = new StatusSink();
        background.Activate(new Graphline(
            components: new() { ["SOURCE"] = new NumberSource(count), ["PUBLISH"] = publisher, ["STATUS"] = publisherStatus },
            linkages: new()
            {
                [("SOURCE", "outbox")] = ("PUBLISH", "inbox"),
                [("SOURCE", "signal")] = ("PUBLISH", "control"),
                [("PUBLISH", "status")] = ("STATUS", "inbox"),
                [("PUBLISH", "signal")] = ("STATUS", "control"),
            }));
        background.Activate(new Graphline(
            components: new() { ["SUBSCRIBE"] = subscriber, ["SINK"] = sink, ["STATUS"] = status },
            linkages: new()
            {
                [("SUBSCRIBE", "outbox")] = ("SINK", "inbox"),
                [("SUBSCRIBE", "signal")] = ("SINK", "control"),
                [("SUBSCRIBE", "status")] = ("STATUS", "inbox"),
                [("SINK", "signal")] = ("STATUS", "control"),
            }));

        Eventually.True(() => sink.Count >= count / 3 || background.Fault is not null, s_timeout, () => $"{sink.Count} numbers before the restart");
        Assert.Null(background.Fault);
        var atKill = sink.Count;
        var sentAtKill = publisher.Sent;
        server.Kill();
        var down = Stopwatch.StartNew();
        server.Restart();
        string State() => $"received {sink.Count}, acknowledged {publisher.Sent}, republished {publisher.Republished}, consumer starts {subscriber.ConsumerStarts}, " +
            $"publisher connected: {publisher.IsConnected}, fault: {background.Fault}, subscriber reports: {string.Join("; ", status.Reports)}, publisher reports: {string.Join("; ", publisherStatus.Reports)}";
        Eventually.True(() => sink.Count > atKill + 1000 || sink.IsFinished || background.Fault is not null, s_timeout, () => "no progress after the restart: " + State());
        Assert.Null(background.Fault);
        var recovery = down.Elapsed;

        Eventually.True(() => sink.IsFinished || background.Fault is not null, s_timeout, () => $"{sink.Count} of {count} numbers, no end of stream: " + State());
        Assert.Null(background.Fault);
        var received = sink.Received.ToList();
        output.WriteLine($"killed at {atKill} received / {sentAtKill} acknowledged; flowing again {recovery.TotalMilliseconds:0} ms after the restart; " +
            $"republished {publisher.Republished} (the stream discarded {publisher.DuplicatesDiscarded} as duplicates), skipped {subscriber.Skipped}, consumer starts {subscriber.ConsumerStarts}, in order: {received.SequenceEqual(Enumerable.Range(1, (int)count).Select(i => (long)i))}");
        Assert.Equal(count, received.Count);
        Assert.Equal(count, received.Distinct().Count());
        Assert.Equal(count * (count + 1) / 2, received.Sum());
        Assert.Contains(status.Reports, r => r is NatsDisconnected);
        Assert.Contains(status.Reports, r => r is NatsReconnected);
        Assert.Contains(publisherStatus.Reports, r => r is NatsDisconnected);
        Assert.Contains(publisherStatus.Reports, r => r is NatsReconnected);
    }

    [Fact]
    public void A_late_subscriber_gets_the_stream_from_the_start_or_from_where_its_durable_left_off()
    {
        Serializers.Register();
        const long count = 2000;
        using var server = NatsServer.StartJetStream();
        var options = Options(server);
        using var background = new Background().Start();
        var publisher = new NatsDurablePublishTo<long>("numbers.late", options);
        background.Activate(new Pipeline(new NumberSource(count), publisher));
        Eventually.True(() => publisher.IsStopped, s_timeout, () => $"the publisher sent {publisher.Sent}");
        Assert.Equal(count, publisher.Sent);

        // A new durable name starts at the beginning, and ends with the publisher's end of stream.
        var fresh = new NatsDurableSubscribeTo<long>("numbers.late", "late-fresh", options);
        var all = new NumberSink();
        background.Activate(new Pipeline(fresh, all));
        Eventually.True(() => all.IsFinished, s_timeout, () => $"{all.Count} numbers for the new durable");
        Assert.Equal(Enumerable.Range(1, (int)count).Select(i => (long)i), all.Received);

        // A durable that stops part-way resumes, under the same name, after the last message it delivered.
        var first = new NatsDurableSubscribeTo<long>("numbers.late", "late-resume", options);
        var firstSink = new NumberSink(stopAfter: 500);
        background.Activate(new Graphline(
            components: new() { ["SUBSCRIBE"] = first, ["SINK"] = firstSink },
            linkages: new()
            {
                [("SUBSCRIBE", "outbox")] = ("SINK", "inbox"),
                [("SINK", "stop_source")] = ("SUBSCRIBE", "control"),
                [("SUBSCRIBE", "signal")] = ("SINK", "control"),
            }));
        Eventually.True(() => first.IsStopped && firstSink.IsFinished, s_timeout, () => $"the first subscriber got {firstSink.Count}");
        Assert.InRange(firstSink.Count, 500, (int)count - 1);

        var second = new NatsDurableSubscribeTo<long>("numbers.late", "late-resume", options);
        var secondSink = new NumberSink();
        background.Activate(new Pipeline(second, secondSink));
        Eventually.True(() => secondSink.IsFinished, s_timeout, () => $"the second subscriber got {secondSink.Count}");
        output.WriteLine($"first run {firstSink.Count}, second run {secondSink.Count}");
        Assert.Equal(Enumerable.Range(1, (int)count).Select(i => (long)i), firstSink.Received.Concat(secondSink.Received));
        Assert.Null(background.Fault);
    }
}
