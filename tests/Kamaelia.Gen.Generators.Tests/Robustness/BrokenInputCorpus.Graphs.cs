namespace Kamaelia.Gen.Generators.Tests.Robustness;

internal static partial class BrokenInputCorpus
{
    /// <summary>[Graphline] classes with unusable links or unusual children.</summary>
    private static Dictionary<string, string> Graphs => new(StringComparer.Ordinal)
    {
        ["link to unknown children"] = Usings + """
            [Graphline]
            [Link("self", "inbox", "Nobody", "inbox")]
            [Link("Ghost", "outbox", "self", "outbox")]
            [Link("self", "control", "self", "signal")]
            public partial class UnknownChildren : Component
            {
                public Component? Real { get; }
            }
            """,
        ["link with non-constant arguments"] = Usings + """
            [Graphline]
            [Link(ChildName, "outbox", "self", "outbox")]
            [Link(null, null, null, null)]
            [Link("A")]
            public partial class NonConstantLinks : Component
            {
                private static string ChildName = "A";

                public NonConstantLinks A { get; } = null!;
            }
            """,
        ["link with unknown boxes"] = Usings + """
            [Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
            public partial class Child : Component
            {
                [Handles("inbox")] void OnNumber(int n) => Outbox.Send(n);
            }

            [Graphline]
            [Link("self", "nothing", nameof(A), "inbox")]
            [Link(nameof(A), "nowhere", nameof(B), "nope")]
            [Link(nameof(A), "inbox", nameof(B), "outbox")]
            [Link(nameof(B), "outbox", "self", "missing")]
            public partial class UnknownBoxes : Component
            {
                public Child A { get; } = new();

                public Child B { get; } = new();
            }
            """,
        ["graphline children with keyword names"] = Usings + """
            [Inbox<int>("inbox")] [Outbox<int>("outbox")]
            public partial class KChild : Component
            {
                [Handles("inbox")] void OnNumber(int n) => Outbox.Send(n);
            }

            [Graphline]
            [Link("self", "inbox", "class", "inbox")]
            [Link("class", "outbox", "event", "inbox")]
            public partial class KeywordChildren : Component
            {
                public KChild @class { get; } = new();

                public KChild @event { get; } = new();
            }
            """,
        ["graphline that is not a component"] = Usings + """
            [Graphline]
            [Link("self", "inbox", "A", "inbox")]
            public partial class NotAGraph
            {
                public Component? A { get; }
            }
            """,
        ["graphline with a user Main"] = Usings + """
            [Graphline]
            [Link("self", "inbox", nameof(A), "inbox")]
            public partial class GraphWithMain : Component
            {
                public GraphWithMain A { get; } = null!;

                protected override IEnumerable<object?> Main() { yield break; }
            }
            """,
        ["graph child whose boxes carry a type the graph cannot see"] = Usings + """
            [Inbox<Worker.Job>("inbox")] [Outbox<Worker.Job>("outbox")]
            public partial class Worker : Component
            {
                private sealed class Job { }
            }

            [Graphline]
            [Link(nameof(First), "outbox", nameof(Second), "inbox")]
            public partial class Workshop : Component
            {
                public Worker First { get; } = new();

                public Worker Second { get; } = new();
            }
            """,
        ["graph children in nullable properties"] = Usings + """
            [Inbox<int>("inbox")] [Outbox<int>("outbox")]
            public partial class Maybe : Component
            {
            }

            [Graphline]
            [Link("self", "inbox", nameof(First), "inbox")]
            [Link(nameof(First), "outbox", nameof(Second), "inbox")]
            [Link(nameof(Second), "outbox", "self", "outbox")]
            public partial class MaybeGraph : Component
            {
                public Maybe? First { get; init; }

                public Component? Second { get; init; }
            }
            """,
    };
}
