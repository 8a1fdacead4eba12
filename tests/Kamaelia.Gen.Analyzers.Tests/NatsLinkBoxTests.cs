using Kamaelia.Gen.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis.Testing;

namespace Kamaelia.Gen.Analyzers.Tests;

/// <summary>
/// The NATS links declare their boxes on partial properties typed by their message type, so the wiring rules see
/// them from the compiled Kamaelia.Nats like any other component: an unknown box name, a mistyped neighbour and
/// an unlinked data outbox are reported; the optional "status" outbox may stay unlinked.
/// </summary>
public sealed class NatsLinkBoxTests
{
    private const string Stages = """
        [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
        public partial class Shout : Component
        {
            [Handles("inbox")] void OnText(string text) => Outbox.Send(text.ToUpperInvariant());
        }

        """;

    [Fact]
    public Task AStageTakingTextAfterASubscriberOfNumbersIsATypeMismatch() => NatsVerifier.VerifyAsync(
        Stages + """
        public static class Program
        {
            public static Kamaelia.Chassis.Pipeline Build() =>
                new(new NatsSubscribeTo<int>("numbers"), {|#0:new Shout()|}, new NatsPublishTo<string>("shouts"));
        }
        """,
        KamaeliaVerifier.Diagnostic("KAM020").WithLocation(0).WithArguments("outbox", "NatsSubscribeTo", "int", "inbox", "Shout", "string"));

    [Fact]
    public Task AMisspelledBoxOfALinkIsAnUnknownBox() => NatsVerifier.VerifyAsync(
        Stages + """
        public partial class Wiring : Component
        {
            public void Wire(NatsSubscribeTo<string> subscriber, Shout shout) =>
                Link((subscriber, {|#0:"outbx"|}), (shout, "inbox"));
        }
        """,
        KamaeliaVerifier.Diagnostic("KAM010").WithLocation(0).WithArguments(
            "NatsSubscribeTo", "outbox", "outbx", " (its outboxes are \"outbox\", \"signal\", \"status\"); did you mean \"outbox\"?"));

    [Fact]
    public Task ASubscriberWhoseMessagesGoNowhereIsReportedButItsStatusMayStayUnlinked() => NatsVerifier.VerifyAsync(
        """
        public static class Program
        {
            public static Kamaelia.Chassis.Graphline Build() => new(
                components: new() { [{|#0:"SUBSCRIBE"|}] = new NatsSubscribeTo<string>("words") },
                linkages: new() { [("self", "control")] = ("SUBSCRIBE", "control") });
        }
        """,
        KamaeliaVerifier.Diagnostic("KAM024").WithLocation(0).WithArguments("outbox", "SUBSCRIBE", "NatsSubscribeTo"));

    [Fact]
    public Task APublisherAtTheEndOfAGraphNeedsNothingLinkedBeyondIt() => NatsVerifier.VerifyAsync(
        Stages + """
        public static class Program
        {
            public static Kamaelia.Chassis.Graphline Build() => new(
                components: new() { ["SHOUT"] = new Shout(), ["PUBLISH"] = new NatsPublishTo<string>("shouts") },
                linkages: new()
                {
                    [("self", "inbox")] = ("SHOUT", "inbox"),
                    [("self", "control")] = ("SHOUT", "control"),
                    [("SHOUT", "outbox")] = ("PUBLISH", "inbox"),
                    [("SHOUT", "signal")] = ("PUBLISH", "control"),
                    [("PUBLISH", "signal")] = ("self", "signal"),
                });
        }
        """);

    [Fact]
    public async Task ALinkHeldAsItsAbstractBaseIsNotJudgedByName()
    {
        // Which boxes a NatsLink has is its concrete class's to say; its accessors are typed all the same.
        await NatsVerifier.VerifyAsync(
            Stages + """
            public partial class Wiring : Component
            {
                public void Wire(NatsSubscriberLink<string> subscriber, Shout shout)
                {
                    Link((subscriber, "status"), (shout, "control"));
                    Link(subscriber.Outbox, shout.Inbox);
                }
            }
            """);
    }
}
