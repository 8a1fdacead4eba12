using Kamaelia.Chassis;
using NATS.Client.Core;

namespace Kamaelia.Nats.Tests;

/// <summary>NatsPublishTo and NatsSubscribeTo over a core NATS server of the test's own.</summary>
public sealed class CoreLinkTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    public CoreLinkTests() => Serializers.Register();

    [Fact]
    public async Task Typed_messages_cross_in_order_and_the_end_of_stream_follows_them()
    {
        using var server = NatsServer.StartCore();
        var options = NatsOpts.Default with { Url = server.Url };
        var readings = Enumerable.Range(1, 2000).Select(i => new Reading($"sensor-{i % 7}", i * 0.25, i)).ToList();
        var subscriber = new NatsSubscribeTo<Reading>("sensors.readings", options);
        var sink = new ReadingSink();
        using var background = new Background().Start();
        background.Activate(new Pipeline(subscriber, sink));
        await subscriber.Subscribed.WaitAsync(s_timeout);

        var publisher = new NatsPublishTo<Reading>("sensors.readings", options);
        background.Activate(new Pipeline(new ReadingSource(readings), publisher));

        Eventually.True(() => sink.IsFinished || background.Fault is not null, s_timeout, () => $"the subscriber got {sink.Received.Count} readings and no end of stream");
        Assert.Null(background.Fault);
        Assert.Equal(readings, sink.Received);
        Assert.Equal(readings.Count, sink.ReceivedBeforeFinish);
        Assert.Equal(readings.Count, publisher.Sent);
        Assert.Equal(readings.Count, subscriber.Received);
    }

    [Fact]
    public async Task ShutdownMicroprocess_stops_a_subscriber_mid_stream_and_is_forwarded_after_what_it_delivered()
    {
        using var server = NatsServer.StartCore();
        var options = NatsOpts.Default with { Url = server.Url };
        var subscriber = new NatsSubscribeTo<long>("numbers.stopped", options);
        var sink = new NumberSink(stopAfter: 5);
        using var background = new Background().Start();
        background.Activate(new Graphline(
            components: new() { ["SUBSCRIBE"] = subscriber, ["SINK"] = sink },
            linkages: new()
            {
                [("SUBSCRIBE", "outbox")] = ("SINK", "inbox"),
                [("SUBSCRIBE", "signal")] = ("SINK", "control"),
                [("SINK", "stop_source")] = ("SUBSCRIBE", "control"),
            }));
        await subscriber.Subscribed.WaitAsync(s_timeout);

        var publisher = new NatsPublishTo<long>("numbers.stopped", options);
        background.Activate(new Pipeline(new NumberSource(100_000), publisher));

        Eventually.True(() => (sink.IsFinished && subscriber.IsStopped) || background.Fault is not null, s_timeout, () => $"the subscriber delivered {sink.Count} numbers and did not stop");
        Assert.Null(background.Fault);
        Assert.InRange(sink.Count, 5, 100_000);
        Assert.Equal(Enumerable.Range(1, sink.Count).Select(i => (long)i), sink.Received);
        Assert.Equal(subscriber.Received, sink.Count);
    }

    [Fact]
    public void ShutdownMicroprocess_stops_a_publisher_at_once_and_is_forwarded()
    {
        using var server = NatsServer.StartCore();
        var publisher = new NatsPublishTo<long>("numbers.publisher_stopped", NatsOpts.Default with { Url = server.Url });
        var after = new NumberSink();
        using var background = new Background().Start();
        background.Activate(new Graphline(
            components: new() { ["STOP"] = new Kamaelia.Util.OneShot(new ShutdownMicroprocess()), ["PUBLISH"] = publisher, ["AFTER"] = after },
            linkages: new()
            {
                [("self", "inbox")] = ("PUBLISH", "inbox"),
                [("STOP", "outbox")] = ("PUBLISH", "control"),
                [("PUBLISH", "signal")] = ("AFTER", "control"),
            }));

        Eventually.True(() => (publisher.IsStopped && after.IsFinished) || background.Fault is not null, s_timeout, () => "the publisher did not stop and forward the signal");
        Assert.Null(background.Fault);
        Assert.Equal(0, publisher.Sent);
    }

    [Fact]
    public async Task Losing_and_regaining_the_server_is_reported_on_status_and_messages_flow_again()
    {
        using var server = NatsServer.StartCore();
        var options = NatsOpts.Default with { Url = server.Url, ReconnectWaitMin = TimeSpan.FromMilliseconds(50), ReconnectJitter = TimeSpan.FromMilliseconds(10) };
        var subscriber = new NatsSubscribeTo<Reading>("sensors.status", options);
        var sink = new ReadingSink();
        var status = new StatusSink();
        using var background = new Background().Start();
        background.Activate(new Graphline(
            components: new() { ["SUBSCRIBE"] = subscriber, ["SINK"] = sink, ["STATUS"] = status },
            linkages: new()
            {
                [("SUBSCRIBE", "outbox")] = ("SINK", "inbox"),
                [("SUBSCRIBE", "signal")] = ("SINK", "control"),
                [("SUBSCRIBE", "status")] = ("STATUS", "inbox"),
                [("SINK", "signal")] = ("STATUS", "control"),
            }));
        await subscriber.Subscribed.WaitAsync(s_timeout);

        server.Restart();

        Eventually.True(() => status.Reports.OfType<NatsReconnected>().Any(), s_timeout, () => $"reports: {string.Join("; ", status.Reports)}");
        var reports = status.Reports.ToList();
        Assert.IsType<NatsDisconnected>(reports[0]);
        Assert.Contains(subscriber.Name, reports[0].ToString(), StringComparison.Ordinal);
        Assert.IsType<NatsReconnected>(reports[1]);

        // The subscription is renewed on the new connection: a publisher started now reaches it.
        var readings = Enumerable.Range(1, 10).Select(i => new Reading("after", i, i)).ToList();
        background.Activate(new Pipeline(new ReadingSource(readings), new NatsPublishTo<Reading>("sensors.status", options)));
        Eventually.True(() => sink.IsFinished, s_timeout, () => $"{sink.Received.Count} readings after the reconnection");
        Assert.Equal(readings, sink.Received);
    }

    [Fact]
    public void A_type_without_a_serializer_fails_naming_the_component_and_box()
    {
        // Built through a type parameter, the one way the serializer generator cannot see a link's message type.
        var publisher = PublisherOf<Unregistered>();
        var fault = Assert.Throws<ComponentFaultedException>(() => publisher.Run(new Scheduler()));
        var message = fault.InnerException!.Message;
        Assert.Contains(publisher.Name, message, StringComparison.Ordinal);
        Assert.Contains("box 'inbox'", message, StringComparison.Ordinal);
        Assert.True(message.Contains("no registered serializer", StringComparison.Ordinal), message);

        var subscriber = SubscriberOf<Unregistered>();
        var subscriberFault = Assert.Throws<ComponentFaultedException>(() => subscriber.Run(new Scheduler()));
        Assert.Contains(subscriber.Name, subscriberFault.InnerException!.Message, StringComparison.Ordinal);
        Assert.Contains("box 'outbox'", subscriberFault.InnerException.Message, StringComparison.Ordinal);
    }

    private static NatsPublishTo<TMessage> PublisherOf<TMessage>() =>
        new("nowhere.at.all", NatsOpts.Default with { Url = "nats://127.0.0.1:1" });

    private static NatsSubscribeTo<TMessage> SubscriberOf<TMessage>() =>
        new("nowhere.at.all", NatsOpts.Default with { Url = "nats://127.0.0.1:1" });

    [Fact]
    public void An_unreachable_server_at_start_fails_naming_the_component_and_box()
    {
        int port;
        using (var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }

        var publisher = new NatsPublishTo<Reading>("sensors.readings", NatsOpts.Default with { Url = $"nats://127.0.0.1:{port}" });
        var fault = Assert.Throws<ComponentFaultedException>(() => publisher.Run(new Scheduler()));
        var inner = Assert.IsType<NatsLinkException>(fault.InnerException);
        Assert.Equal(publisher.Name, inner.ComponentName);
        Assert.Equal("inbox", inner.BoxName);
        Assert.Contains("cannot reach the NATS server", inner.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("a..b")]
    [InlineData("sensors.*")]
    [InlineData("sensors.>")]
    public void A_publisher_refuses_a_bad_subject_naming_itself_and_the_box(string subject)
    {
        var error = Assert.Throws<ArgumentException>(() => new NatsPublishTo<Reading>(subject));
        Assert.Contains("NatsPublishTo", error.Message, StringComparison.Ordinal);
        Assert.Contains("box 'inbox'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_core_subscriber_accepts_wildcards()
    {
        Assert.Equal("sensors.*.>", new NatsSubscribeTo<Reading>("sensors.*.>").Subject);
    }
}
