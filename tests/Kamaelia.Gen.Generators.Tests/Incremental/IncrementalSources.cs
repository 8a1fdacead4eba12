namespace Kamaelia.Gen.Generators.Tests.Incremental;

/// <summary>A small project that exercises every attribute the generator reads, spread over three files.</summary>
internal static class IncrementalSources
{
    public const string Doubler = """
        using Axon;

        namespace Demo;

        [Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
        public partial class Doubler : Component
        {
            [Handles("inbox")]
            void OnNumber(int n)
            {
                Outbox.Send(n * 2);
            }
        }
        """;

    public const string DoublerSecondPart = """
        using Axon;

        namespace Demo;

        [Inbox<string>("names", "a second part adds a box")]
        public partial class Doubler
        {
            [Handles("names")] void OnName(string name) => Outbox.Send(name.Length);
        }
        """;

    public const string Pair = """
        using Axon;

        namespace Demo;

        [Graphline]
        [Link("self", "inbox", nameof(First), "inbox")]
        [Link(nameof(First), "outbox", nameof(Second), "inbox")]
        [Link(nameof(Second), "outbox", "self", "outbox")]
        public partial class Pair : Component
        {
            public Doubler First { get; } = new();

            public Doubler Second { get; } = new();
        }
        """;

    public static string[] All => [Doubler, DoublerSecondPart, Pair];
}
