namespace Kamaelia.Gen.Generators.Tests.Robustness;

internal static partial class BrokenInputCorpus
{
    /// <summary>Class shapes: accessor collisions, classes the generator cannot extend, unusual names, nesting and inheritance.</summary>
    private static Dictionary<string, string> Classes => new(StringComparer.Ordinal)
    {
        ["accessor collides with a user member"] = Usings + """
            [Inbox<string>("inbox")] [Outbox<string>("outbox")]
            public partial class UserMember : Component
            {
                public int Inbox => 1;

                private void Outbox() { }
            }
            """,
        ["accessor collides with Component members"] = Usings + """
            [Inbox<string>("name")] [Inbox<string>("descriptor")] [Inbox<string>("scheduler")] [Outbox<string>("to-string")] [Outbox<string>("main")]
            public partial class ComponentMembers : Component
            {
            }
            """,
        ["accessor collides with generated members"] = Usings + """
            [Inbox<string>("declaration")] [Inbox<string>("on_start")] [Outbox<string>("graph")]
            public partial class GeneratedMembers : Component
            {
                [Handles("declaration")] void OnDeclaration(string text) { }
            }
            """,
        ["accessor collides with the class name"] = Usings + """
            [Inbox<string>("collide")]
            public partial class Collide : Component
            {
            }
            """,
        ["accessor collides with a type parameter"] = Usings + """
            [Inbox<string>("t")] [Outbox<int>("outbox")]
            public partial class Generic<T> : Component
            {
            }
            """,
        ["accessor collides with a nested type"] = Usings + """
            [Inbox<string>("inbox")]
            public partial class NestedType : Component
            {
                public sealed class Inbox { }
            }
            """,
        ["not partial"] = Usings + """
            [Inbox<string>("inbox")] [Outbox<string>("outbox")]
            public class NotPartial : Component
            {
                [Handles("inbox")] void OnLine(string line) { }
            }
            """,
        ["containing type not partial"] = Usings + """
            public class Outer
            {
                [Inbox<string>("inbox")]
                public partial class Inner : Component
                {
                }
            }
            """,
        ["not a component"] = Usings + """
            [Inbox<string>("inbox")] [Outbox<string>("outbox")]
            public partial class NotAComponent
            {
                [Handles("inbox")] void OnLine(string line) { }
            }
            """,
        ["struct"] = Usings + """
            [Inbox<string>("inbox")]
            public partial struct Structure
            {
                [Handles("inbox")] void OnLine(string line) { }
            }
            """,
        ["static class"] = Usings + """
            [Inbox<string>("inbox")]
            public static partial class Static
            {
                [Handles("inbox")] static void OnLine(string line) { }
            }
            """,
        ["record deriving from Component"] = Usings + """
            [Inbox<string>("inbox")]
            public partial record Recorded : Component
            {
            }
            """,
        ["interface"] = Usings + """
            [Inbox<string>("inbox")]
            public partial interface IComponent
            {
                [Handles("inbox")] void OnLine(string line);
            }
            """,
        ["file-local class"] = Usings + """
            [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
            file partial class FileLocal : Component
            {
                [Handles("inbox")] void OnLine(string line) => Outbox.Send(line);
            }
            """,
        ["class named with a keyword"] = Usings + """
            [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
            public partial class @class : Component
            {
                [Handles("inbox")] void OnLine(string line) => Outbox.Send(line);
            }
            """,
        ["keyword namespace and containing types"] = """
            using Axon;

            namespace @namespace.@event;

            public partial class @struct<@int>
            {
                [Inbox<string>("inbox")] [Inbox("control")]
                public partial class @object : Component
                {
                    [Handles("inbox")] void OnLine(string line) { }
                }
            }
            """,
        ["class named with a contextual keyword"] = Usings + """
            [Inbox<string>("inbox")]
            public partial class @record : Component { }

            [Inbox<string>("inbox")]
            public partial class @file : Component { }

            [Inbox<string>("inbox")]
            public partial class @var : Component { }
            """,
        ["component nested in a generic type"] = Usings + """
            public partial class Holder<TKey>
                where TKey : notnull
            {
                [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
                public partial class Nested : Component
                {
                    [Handles("inbox")] void OnLine(string line) => Outbox.Send(line);
                }
            }
            """,
        ["many partial parts"] = Usings + """
            [Inbox<string>("inbox")]
            public partial class Parts : Component { }

            [Outbox<string>("outbox")]
            public partial class Parts { [Handles("inbox")] void OnLine(string line) => Outbox.Send(line); }

            [Inbox("control")] [Outbox("signal")]
            public partial class Parts { }
            """,
        ["derived from a component that declares the same boxes"] = Usings + """
            [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
            public partial class BaseStage : Component
            {
                [Handles("inbox")] void OnLine(string line) => Outbox.Send(line);
            }

            [Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
            public partial class DerivedStage : BaseStage
            {
                [Handles("inbox")] void OnNumber(int n) => Outbox.Send(n);
            }
            """,
        ["derived from a handler component without boxes"] = Usings + """
            public partial class PlainRelay : Component
            {
                [Handles("inbox")] void OnAnything(object message) => Outbox.Send(message);
            }

            public partial class PlainRelayChild : PlainRelay
            {
                [Handles("control")] void OnControl(object message) { }
            }
            """,
        ["attribute on a method instead of a class"] = Usings + """
            public partial class MisplacedAttribute : Component
            {
                [Inbox<string>("inbox")] void NotAClass() { }

                [Graphline] void NotAGraph() { }
            }
            """,
    };
}
