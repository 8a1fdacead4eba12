using Kamaelia.Gen.CodeFixes.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Kamaelia.Gen.CodeFixes.Tests;

/// <summary>
/// KAM024: the fix sends a child's unlinked outbox out through the graph's own outbox of the same name, as a
/// Graphline linkage or a [Link] attribute, written the way the code around it is written.
/// </summary>
public sealed class LinkOutboxToGraphCodeFixTests
{
    /// <summary>A child written in source (so the analyzer can see what it sends): it sends on "outbox" and "log".</summary>
    private const string Ticker = """

        [Outbox<string>("outbox")]
        [Outbox<string>("log")]
        public sealed partial class Ticker : Component
        {
            protected override IEnumerable<object?> Main()
            {
                Outbox.Send("tick");
                Log.Send("ticked");
                yield return null;
            }
        }
        """;

    private const string Usings = """
        using System.Collections.Generic;
        using Axon;
        using Kamaelia.Chassis;
        using Kamaelia.Util;

        """;

    [Fact]
    public async Task AGraphlineGetsALinkageFromTheChildsOutboxToItsOwn()
    {
        const string source = Usings + """
            public static class Program
            {
                public static Graphline Build() => new(
                    components: new()
                    {
                        [{|#0:"TICK"|}] = new Ticker(),
                        ["SHOW"] = new ConsoleEchoer(),
                    },
                    linkages: new()
                    {
                        [("TICK", "log")] = ("SHOW", "inbox"),
                    });
            }
            """ + Ticker;
        const string fixedSource = Usings + """
            public static class Program
            {
                public static Graphline Build() => new(
                    components: new()
                    {
                        ["TICK"] = new Ticker(),
                        ["SHOW"] = new ConsoleEchoer(),
                    },
                    linkages: new()
                    {
                        [("TICK", "log")] = ("SHOW", "inbox"),
                        [("TICK", "outbox")] = ("self", "outbox"),
                    });
            }
            """ + Ticker;

        var test = Test(source, fixedSource);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("KAM024", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("outbox", "TICK", "Ticker"));
        await test.RunAsync();
    }

    [Fact]
    public async Task FixAllLinksEveryOutboxOfEveryChildKeepingTheInitializersLayout()
    {
        // No trailing comma here, and a one-line initializer below: the additions follow each.
        const string source = Usings + """
            public static class Program
            {
                public static Graphline Build() => new(
                    components: new()
                    {
                        [{|#0:"TICK"|}] = new Ticker(),
                        [{|#1:"TOCK"|}] = new Ticker(),
                        ["SHOW"] = new ConsoleEchoer(),
                    },
                    linkages: new()
                    {
                        [("TICK", "log")] = ("SHOW", "inbox")
                    });

                public static Graphline Small() => new(
                    components: new() { [{|#2:"TICK"|}] = new Ticker(), ["SHOW"] = new ConsoleEchoer() },
                    linkages: new() { [("TICK", "outbox")] = ("SHOW", "inbox") });
            }
            """ + Ticker;
        const string fixedSource = Usings + """
            public static class Program
            {
                public static Graphline Build() => new(
                    components: new()
                    {
                        ["TICK"] = new Ticker(),
                        ["TOCK"] = new Ticker(),
                        ["SHOW"] = new ConsoleEchoer(),
                    },
                    linkages: new()
                    {
                        [("TICK", "log")] = ("SHOW", "inbox"),
                        [("TICK", "outbox")] = ("self", "outbox"),
                        [("TOCK", "log")] = ("self", "log"),
                        [("TOCK", "outbox")] = ("self", "outbox")
                    });

                public static Graphline Small() => new(
                    components: new() { ["TICK"] = new Ticker(), ["SHOW"] = new ConsoleEchoer() },
                    linkages: new() { [("TICK", "outbox")] = ("SHOW", "inbox"), [("TICK", "log")] = ("self", "log") });
            }
            """ + Ticker;

        var test = Test(source, fixedSource);
        test.ExpectedDiagnostics.AddRange(
        [
            Unlinked(0, "outbox", "TICK"),
            Unlinked(1, "outbox", "TOCK"),
            Unlinked(1, "log", "TOCK"),
            Unlinked(2, "log", "TICK"),
        ]);
        await test.RunAsync();
    }

    [Fact]
    public async Task AnAddStyleInitializerGetsAnAddStyleEntry()
    {
        const string source = Usings + """
            public static class Program
            {
                public static Graphline Build() => new(
                    components: new()
                    {
                        { {|#0:"TICK"|}, new Ticker() },
                        { "SHOW", new ConsoleEchoer() },
                    },
                    linkages: new()
                    {
                        { ("TICK", "log"), ("SHOW", "inbox") },
                    });
            }
            """ + Ticker;
        const string fixedSource = Usings + """
            public static class Program
            {
                public static Graphline Build() => new(
                    components: new()
                    {
                        { "TICK", new Ticker() },
                        { "SHOW", new ConsoleEchoer() },
                    },
                    linkages: new()
                    {
                        { ("TICK", "log"), ("SHOW", "inbox") },
                        { ("TICK", "outbox"), ("self", "outbox") },
                    });
            }
            """ + Ticker;

        var test = Test(source, fixedSource);
        test.ExpectedDiagnostics.Add(Unlinked(0, "outbox", "TICK"));
        await test.RunAsync();
    }

    [Fact]
    public async Task AnEmptyLinkagesInitializerGetsItsFirstEntryLaidOutLikeItsBraces()
    {
        const string source = Usings + """
            public static class Program
            {
                public static Graphline Build() => new(
                    components: new()
                    {
                        [{|#0:"TICK"|}] = new Ticker(),
                        ["SHOW"] = new ConsoleEchoer(),
                    },
                    linkages: new()
                    {
                    });

                public static Graphline Small() => new(
                    components: new() { [{|#1:"TICK"|}] = new Ticker(), ["SHOW"] = new ConsoleEchoer() },
                    linkages: new() { });
            }
            """ + Ticker;
        const string fixedSource = Usings + """
            public static class Program
            {
                public static Graphline Build() => new(
                    components: new()
                    {
                        ["TICK"] = new Ticker(),
                        ["SHOW"] = new ConsoleEchoer(),
                    },
                    linkages: new()
                    {
                        [("TICK", "log")] = ("self", "log"),
                        [("TICK", "outbox")] = ("self", "outbox")
                    });

                public static Graphline Small() => new(
                    components: new() { ["TICK"] = new Ticker(), ["SHOW"] = new ConsoleEchoer() },
                    linkages: new() { [("TICK", "log")] = ("self", "log"), [("TICK", "outbox")] = ("self", "outbox") });
            }
            """ + Ticker;

        var test = Test(source, fixedSource);
        test.ExpectedDiagnostics.AddRange(
        [
            Unlinked(0, "outbox", "TICK"),
            Unlinked(0, "log", "TICK"),
            Unlinked(1, "outbox", "TICK"),
            Unlinked(1, "log", "TICK"),
        ]);

        // SHOW's inbox stays unlinked in this graph (the library's ConsoleEchoer is judged too); it is not what this fix is about.
        test.DisabledDiagnostics.Add("KAM023");
        await test.RunAsync();
    }

    [Fact]
    public async Task AGraphlineClassGetsALinkAttributeAfterItsLastLink()
    {
        const string source = Usings + """
            namespace Clocks
            {
                /// <summary>Ticks, and shows the log.</summary>
                [Graphline]
                [Link(nameof(Tick), "log", nameof(Show), "inbox")]
                public sealed partial class Clock : Component
                {
                    public Ticker {|#0:Tick|} { get; } = new();

                    public ConsoleEchoer Show { get; } = new();
                }
            }
            """ + Ticker;
        const string fixedSource = Usings + """
            namespace Clocks
            {
                /// <summary>Ticks, and shows the log.</summary>
                [Graphline]
                [Link(nameof(Tick), "log", nameof(Show), "inbox")]
                [Link("Tick", "outbox", "self", "outbox")]
                public sealed partial class Clock : Component
                {
                    public Ticker Tick { get; } = new();

                    public ConsoleEchoer Show { get; } = new();
                }
            }
            """ + Ticker;

        var test = Test(source, fixedSource);
        test.ExpectedDiagnostics.Add(Unlinked(0, "outbox", "Tick"));
        await test.RunAsync();
    }

    [Fact]
    public async Task FixAllOnAGraphlineClassAddsALinkPerOutboxItHas()
    {
        // The graph declares an outbox "log" of its own, so both of the child's outboxes can leave through it.
        const string source = Usings + """
            [Axon.Graphline]
            [Axon.Outbox<string>("outbox")]
            [Axon.Outbox<string>("log")]
            public sealed partial class Clock : Component
            {
                public Ticker {|#0:Tick|} { get; } = new();
            }
            """ + Ticker;
        const string fixedSource = Usings + """
            [Axon.Graphline]
            [Axon.Link("Tick", "log", "self", "log")]
            [Axon.Link("Tick", "outbox", "self", "outbox")]
            [Axon.Outbox<string>("outbox")]
            [Axon.Outbox<string>("log")]
            public sealed partial class Clock : Component
            {
                public Ticker Tick { get; } = new();
            }
            """ + Ticker;

        var test = Test(source, fixedSource);
        test.ExpectedDiagnostics.AddRange([Unlinked(0, "outbox", "Tick"), Unlinked(0, "log", "Tick")]);
        await test.RunAsync();
    }

    [Fact]
    public async Task ThePartOfAPartialGraphlineClassHoldingTheChildGetsTheLinkWhenItHasNoAttributes()
    {
        const string source = Usings + """
            [Graphline]
            [Outbox<string>("outbox")]
            [Outbox<string>("log")]
            public sealed partial class Clock : Component
            {
            }

            /// <summary>The children.</summary>
            public sealed partial class Clock
            {
                public Ticker {|#0:Tick|} { get; } = new();
            }
            """ + Ticker;
        const string fixedSource = Usings + """
            [Graphline]
            [Outbox<string>("outbox")]
            [Outbox<string>("log")]
            public sealed partial class Clock : Component
            {
            }

            /// <summary>The children.</summary>
            [Link("Tick", "log", "self", "log")]
            [Link("Tick", "outbox", "self", "outbox")]
            public sealed partial class Clock
            {
                public Ticker Tick { get; } = new();
            }
            """ + Ticker;

        var test = Test(source, fixedSource);
        test.ExpectedDiagnostics.AddRange([Unlinked(0, "outbox", "Tick"), Unlinked(0, "log", "Tick")]);
        await test.RunAsync();
    }

    [Fact]
    public async Task NoFixIsOfferedWhenTheGraphlineClassHasNoOutboxOfThatName()
    {
        // Clock has the standard boxes only: a link to ("self", "log") would be a KAM010 error.
        const string source = Usings + """
            [Graphline]
            [Link(nameof(Tick), "outbox", "self", "outbox")]
            public sealed partial class Clock : Component
            {
                public Ticker {|#0:Tick|} { get; } = new();
            }
            """ + Ticker;

        var test = Test(source, source);
        test.ExpectedDiagnostics.Add(Unlinked(0, "log", "Tick"));
        await test.RunAsync();
    }

    /// <summary>
    /// KAM024 is a whole-graph rule reported at the end of the compilation, which Roslyn classes as a non-local
    /// diagnostic: the testing library refuses fixes for those unless told otherwise. An editor's light bulb may
    /// not offer this fix (Fix All, a build's code fix run and dotnet format do); see docs/diagnostics/KAM024.md.
    /// </summary>
    private static KamaeliaFixTest<LinkOutboxToGraphCodeFixProvider> Test(string source, string fixedSource) =>
        new(source, fixedSource) { CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck };

    private static DiagnosticResult Unlinked(int location, string box, string child) =>
        new DiagnosticResult("KAM024", DiagnosticSeverity.Warning).WithLocation(location).WithArguments(box, child, "Ticker");
}
