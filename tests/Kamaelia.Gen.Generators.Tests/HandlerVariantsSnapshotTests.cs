using Kamaelia.Gen.Generators.Tests.Support;

namespace Kamaelia.Gen.Generators.Tests;

/// <summary>The generated main loop adapts to the handlers and boxes a component declares.</summary>
public sealed class HandlerVariantsSnapshotTests
{
    [Fact]
    public void AHandlerComponentWithoutBoxAttributesGetsTheStandardFourUntyped()
    {
        var run = GeneratorHarness.Run("""
            using Axon;

            namespace Demo;

            public partial class Relay : Component
            {
                [Handles("inbox")] void OnAnything(object message) => Outbox.Send(message);
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        var boxes = run.Source("Demo.Relay.Boxes.g.cs");
        Assert.Contains("public global::Axon.Inbox<object> Inbox => __box_Inbox;", boxes, StringComparison.Ordinal);
        Assert.Contains("public global::Axon.Inbox<object> Control => __box_Control;", boxes, StringComparison.Ordinal);
        Assert.Contains("public global::Axon.Outbox<object> Outbox => __box_Outbox;", boxes, StringComparison.Ordinal);
        Assert.Contains("public global::Axon.Outbox<object> Signal => __box_Signal;", boxes, StringComparison.Ordinal);
        Snapshot.Match(run, nameof(AHandlerComponentWithoutBoxAttributesGetsTheStandardFourUntyped));
    }

    [Fact]
    public void AHandlerMayTakeABaseTypeOfItsInboxType()
    {
        var run = GeneratorHarness.Run("""
            using System;
            using Axon;

            namespace Demo;

            [Inbox<ArgumentNullException>("errors")] [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
            public partial class Reporter : Component
            {
                [Handles("inbox")] void OnText(object text) => Outbox.Send(text.ToString() ?? "");

                [Handles("errors")] void OnError(Exception error) => Outbox.Send(error.Message);
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        var handlers = run.Source("Demo.Reporter.Handlers.g.cs");
        Assert.True(
            handlers.IndexOf("OnError(__message)", StringComparison.Ordinal) < handlers.IndexOf("OnText(__message)", StringComparison.Ordinal),
            "Inboxes are drained in declaration order: \"errors\" is declared first.");
        Snapshot.Match(run, nameof(AHandlerMayTakeABaseTypeOfItsInboxType));
    }

    [Fact]
    public void AHandlerForControlSeesEveryControlMessageBeforeTheShutdownConvention()
    {
        var run = GeneratorHarness.Run("""
            using Axon;

            namespace Demo;

            [Inbox<int>("inbox")] [Inbox<Ipc>("control")] [Outbox<int>("outbox")] [Outbox<Ipc>("signal")]
            public partial class Watched : Component
            {
                public int ControlMessages { get; private set; }

                [Handles("inbox")] void OnNumber(int n) => Outbox.Send(n);

                [Handles("control")] void OnControl(Ipc message) => ControlMessages++;
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        var handlers = run.Source("Demo.Watched.Handlers.g.cs");
        var handled = handlers.IndexOf("OnControl(__control);", StringComparison.Ordinal);
        var remembered = handlers.IndexOf("switch (RememberShutdown(__control))", StringComparison.Ordinal);
        Assert.InRange(handled, 0, remembered);
        Assert.Contains("TryForwardShutdownSignal(Signal)", handlers, StringComparison.Ordinal);
        Snapshot.Match(run, nameof(AHandlerForControlSeesEveryControlMessageBeforeTheShutdownConvention));
    }

    [Fact]
    public void AHandlerComponentWithoutASignalOutboxStopsWithoutForwarding()
    {
        var run = GeneratorHarness.Run("""
            using Axon;

            namespace Demo;

            [Inbox<string>("inbox")] [Inbox("control")]
            public partial class Sink : Component
            {
                public int Seen { get; private set; }

                [Handles("inbox")] void OnLine(string line) => Seen++;
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        var handlers = run.Source("Demo.Sink.Handlers.g.cs");
        Assert.DoesNotContain("TryForwardShutdownSignal", handlers, StringComparison.Ordinal);
        Assert.Contains("TryReleaseHeldMessagesBeforeStopping()", handlers, StringComparison.Ordinal);
        Assert.Contains("OnShutdown();", handlers, StringComparison.Ordinal);
        Snapshot.Match(run, nameof(AHandlerComponentWithoutASignalOutboxStopsWithoutForwarding));
    }

    [Fact]
    public void StartAndShutdownHooksImplementedByTheUserAreCalledByTheLoop()
    {
        var run = GeneratorHarness.Run("""
            using System.Collections.Generic;
            using Axon;

            namespace Demo;

            [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
            public partial class Hooked : Component
            {
                public List<string> Log { get; } = new();

                [Handles("inbox")] void OnLine(string line) => Log.Add(line);

                partial void OnStart() => Log.Add("start");

                partial void OnShutdown() => Log.Add("shutdown");
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        Snapshot.Match(run, nameof(StartAndShutdownHooksImplementedByTheUserAreCalledByTheLoop));
    }
}
