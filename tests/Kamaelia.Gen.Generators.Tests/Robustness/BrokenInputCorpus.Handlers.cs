namespace Kamaelia.Gen.Generators.Tests.Robustness;

internal static partial class BrokenInputCorpus
{
    /// <summary>[Handles] methods the generator cannot call, and handler components typed halfway.</summary>
    private static Dictionary<string, string> Handlers => new(StringComparer.Ordinal)
    {
        ["handles an unknown inbox"] = Usings + """
            [Inbox<string>("inbox")] [Outbox<string>("outbox")]
            public partial class UnknownInbox : Component
            {
                [Handles("inbx")] void OnLine(string line) { }
            }
            """,
        ["handles an outbox"] = Usings + """
            [Inbox<string>("inbox")] [Outbox<string>("outbox")]
            public partial class HandlesOutbox : Component
            {
                [Handles("outbox")] void OnLine(string line) { }
            }
            """,
        ["handler with two parameters"] = Usings + """
            [Inbox<string>("inbox")]
            public partial class TwoParameters : Component
            {
                [Handles("inbox")] void OnLine(string line, int count) { }
            }
            """,
        ["handler with no parameter, a ref parameter, or a generic parameter"] = Usings + """
            [Inbox<string>("inbox")] [Inbox<string>("second")] [Inbox<string>("third")]
            public partial class OddHandlers : Component
            {
                [Handles("inbox")] void OnNothing() { }

                [Handles("second")] void OnRef(ref string line) { }

                [Handles("third")] void OnGeneric<T>(T line) { }
            }
            """,
        ["handler whose parameter cannot take the box type"] = Usings + """
            [Inbox<string>("inbox")]
            public partial class WrongParameter : Component
            {
                [Handles("inbox")] void OnNumber(int number) { }
            }
            """,
        ["handler with an unknown parameter type"] = Usings + """
            [Inbox<string>("inbox")]
            public partial class UnknownParameter : Component
            {
                [Handles("inbox")] void OnLine(Missing line) { }
            }
            """,
        ["two handlers for one inbox"] = Usings + """
            [Inbox<string>("inbox")]
            public partial class TwoHandlers : Component
            {
                [Handles("inbox")] void OnLine(string line) { }

                [Handles("inbox")] void OnLineAgain(string line) { }
            }
            """,
        ["handles with a null or non-constant name"] = Usings + """
            [Inbox<string>("inbox")]
            public partial class NonConstantHandles : Component
            {
                private static string Name = "inbox";

                [Handles(null)] void OnNull(string line) { }

                [Handles(Name)] void OnLine(string line) { }
            }
            """,
        ["handles with no argument"] = Usings + """
            [Inbox<string>("inbox")]
            public partial class HandlesNoArgument : Component
            {
                [Handles] void OnLine(string line) { }
            }
            """,
        ["Main and handlers together"] = Usings + """
            [Inbox<string>("inbox")] [Outbox<string>("outbox")]
            public partial class MainAndHandlers : Component
            {
                protected override IEnumerable<object?> Main()
                {
                    yield break;
                }

                [Handles("inbox")] void OnLine(string line) => Outbox.Send(line);
            }
            """,
        ["Step and handlers together"] = Usings + """
            [Inbox<string>("inbox")]
            public partial class StepAndHandlers : Component
            {
                protected override bool Step() => false;

                [Handles("inbox")] void OnLine(string line) { }
            }
            """,
        ["handler named with a keyword"] = Usings + """
            [Inbox<string>("inbox")] [Inbox<string>("second")] [Inbox("control")]
            public partial class KeywordHandler : Component
            {
                [Handles("inbox")] void @class(string line) { }

                [Handles("second")] void @event(string line) { }

                [Handles("control")] void @object(object message) { }
            }
            """,
        ["handles on a class without boxes that is not a component"] = Usings + """
            public partial class PlainHandlers
            {
                [Handles("inbox")] void OnLine(object line) { }
            }
            """,
        ["handler hooks without handlers"] = Usings + """
            [Inbox<string>("inbox")]
            public partial class HooksOnly : Component
            {
                partial void OnStart() { }
            }
            """,
        ["half-typed class body"] = Usings + """
            [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
            public partial class Half : Component
            {
                [Handles("inbox")] void OnLine(string line) => Outbox.Se

                [Handles("control")] void On
            """,
    };
}
