namespace Kamaelia.Gen.Generators.Tests.Robustness;

internal static partial class BrokenInputCorpus
{
    /// <summary>Box declarations: broken attributes, odd or hostile names and descriptions, element types of every kind.</summary>
    private static Dictionary<string, string> Boxes => new(StringComparer.Ordinal)
    {
        ["truncated generic attribute"] = Usings + """
            [Inbox<
            public partial class Truncated : Component
            {
            }
            """,
        ["truncated attribute at end of file"] = Usings + "[Inbox<string>(\"inbox\"",
        ["inbox with no arguments"] = Usings + """
            [Inbox()]
            public partial class NoArguments : Component
            {
            }
            """,
        ["generic inbox with no arguments"] = Usings + """
            [Inbox<int>]
            public partial class NoArgumentsGeneric : Component
            {
            }
            """,
        ["unknown element type"] = Usings + """
            [Inbox<Missing>("x")] [Outbox<List<AlsoMissing>>("y")]
            public partial class UnknownType : Component
            {
            }
            """,
        ["null name"] = Usings + """
            [Inbox(null)] [Outbox<int>("outbox")]
            public partial class NullName : Component
            {
            }
            """,
        ["empty name"] = Usings + """
            [Inbox("")]
            public partial class EmptyName : Component
            {
            }
            """,
        ["keyword name"] = Usings + """
            [Inbox<string>("class")] [Outbox<string>("int")] [Outbox("namespace")]
            public partial class KeywordNames : Component
            {
            }
            """,
        ["name with a space"] = Usings + """
            [Inbox<string>("a b")] [Outbox<string>(" c  d ")]
            public partial class SpacedName : Component
            {
            }
            """,
        ["code injected through a name"] = Usings + """
            [Inbox<string>("\"; System.Environment.Exit(1); //")] [Outbox<string>("*/ System.Environment.Exit(2); /*", "\"); System.Environment.Exit(3); //")]
            public partial class Injected : Component
            {
            }
            """,
        ["code injected through a description"] = Usings + """
            [Inbox<string>("inbox", "\n#error injected\n System.Environment.Exit(4); </summary> <![CDATA[")]
            public partial class InjectedDescription : Component
            {
            }
            """,
        ["zero-width joiner name"] = Usings + """
            [Inbox<string>("\u200d")]
            public partial class ZeroWidth : Component
            {
            }
            """,
        ["unicode escapes and surrogates in names"] = Usings + """
            [Inbox<string>("caf\u00e9")] [Inbox<string>("\ud83d\ude00 smile")] [Outbox<string>("\u2028line")]
            public partial class Unicode : Component
            {
            }
            """,
        ["duplicate box names"] = Usings + """
            [Inbox<string>("inbox")] [Inbox<int>("inbox")]
            public partial class Duplicate : Component
            {
            }
            """,
        ["names that make the same accessor"] = Usings + """
            [Inbox<string>("my_box")] [Outbox<string>("my-box")]
            public partial class SameAccessor : Component
            {
            }
            """,
        ["half-typed attribute list"] = Usings + """
            [Inbox<string>("inbox"), Outbox<
            [Inbox("control"
            public partial class HalfAttributes : Component
            {
                [Handles("inbox")] void OnLine(string line) { }
            }
            """,
        ["ref struct element type"] = Usings + """
            [Inbox<System.Span<int>>("span")]
            public partial class RefStructBox : Component
            {
            }
            """,
        ["pointer element type"] = Usings + """
            [Outbox<int*>("pointer")]
            public unsafe partial class PointerBox : Component
            {
            }
            """,
        ["dynamic element type"] = Usings + """
            [Inbox<dynamic>("dyn")]
            public partial class DynamicBox : Component
            {
            }
            """,
        ["element type from another class's private nested type"] = Usings + """
            public class Keeper
            {
                private sealed class Hidden { }
            }

            [Inbox<Keeper.Hidden>("inbox")]
            public partial class Peeker : Component
            {
            }
            """,
        ["tuple, nullable and array element types"] = Usings + """
            [Inbox<(int Count, string? Name)>("pairs")] [Inbox<int?>("maybe")] [Outbox<string?[]>("lines")] [Outbox<List<(int, int)>[]>("grid")]
            public partial class RichTypes : Component
            {
                [Handles("pairs")] void OnPair((int Count, string? Name) pair) { }

                [Handles("maybe")] void OnMaybe(int? value) { }
            }
            """,
        ["generic component with constraints and a box of a type parameter"] = Usings + """
            [Inbox<T>("inbox")] [Outbox<List<T>>("outbox")]
            public partial class TypeParameterBox<T> : Component
                where T : class, new()
            {
            }
            """,
        ["internal element type on a public component"] = Usings + """
            internal sealed record Job(string Name);

            [Inbox<Job>("inbox")] [Inbox("control")] [Outbox<Job>("outbox")] [Outbox("signal")]
            public partial class JobRunner : Component
            {
                [Handles("inbox")] void OnJob(Job job) => Outbox.Send(job);
            }
            """,
        ["private nested element type"] = Usings + """
            [Inbox<Secret.Note>("inbox")]
            public partial class Secret : Component
            {
                private sealed class Note { }
            }
            """,
        ["protected and internal element types"] = Usings + """
            public class Base : Component
            {
                protected sealed class Note { }

                internal sealed class Memo { }

                protected internal sealed class Card { }
            }

            [Inbox<Base.Note>("notes")] [Inbox<Base.Memo>("memos")] [Outbox<Base.Card>("cards")] [Outbox<List<Base.Memo>>("batches")]
            public partial class Derived : Base
            {
            }

            [Inbox<Base.Card>("cards")] [Inbox<Base.Memo>("memos")]
            public sealed partial class SealedDerived : Base
            {
            }
            """,
    };
}
