using Kamaelia.Gen.CodeFixes.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Kamaelia.Gen.CodeFixes.Tests;

/// <summary>KAM021: the fix replaces a misspelt component name in a linkage with the nearest child's name.</summary>
public sealed class UseNearestChildNameCodeFixTests
{
    [Fact]
    public async Task AMisspeltChildInAGraphlineLinkageBecomesTheChildsName()
    {
        const string source = """
            using Kamaelia.Chassis;
            using Kamaelia.Util;

            public static class Program
            {
                public static Graphline Build() => new(
                    components: new()
                    {
                        ["CHOOSER"] = new PassThrough(),
                        ["SHOW"] = new ConsoleEchoer(),
                    },
                    linkages: new()
                    {
                        [({|#0:"CHOSER"|}, "outbox")] = ("SHOW", "inbox"),
                    });
            }
            """;
        const string fixedSource = """
            using Kamaelia.Chassis;
            using Kamaelia.Util;

            public static class Program
            {
                public static Graphline Build() => new(
                    components: new()
                    {
                        ["CHOOSER"] = new PassThrough(),
                        ["SHOW"] = new ConsoleEchoer(),
                    },
                    linkages: new()
                    {
                        [("CHOOSER", "outbox")] = ("SHOW", "inbox"),
                    });
            }
            """;

        var test = new KamaeliaFixTest<UseNearestChildNameCodeFixProvider>(source, fixedSource);
        // The other children's unlinked boxes (library components are judged too) are not what this fix is about.
        test.DisabledDiagnostics.AddRange(["KAM023", "KAM024"]);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("KAM021", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("CHOSER", "; did you mean \"CHOOSER\"?", "\"CHOOSER\", \"SHOW\""));
        await test.RunAsync();
    }

    [Fact]
    public async Task FixAllCorrectsBothEndsOfGraphlineLinkagesAndLinkAttributes()
    {
        const string source = """
            using Axon;
            using Kamaelia.Chassis;
            using Kamaelia.Util;

            [Graphline]
            [Link("self", "inbox", {|KAM021:"Frist"|}, "inbox")]
            [Link("First", "outbox", {|KAM021:"second"|}, "inbox")]
            [Link("Second", "outbox", "self", "outbox")]
            public sealed partial class Chain : Component
            {
                public PassThrough First { get; } = new();

                public PassThrough Second { get; } = new();

                public static Graphline Build() => new(
                    components: new()
                    {
                        ["READ"] = new PassThrough(),
                        ["SHOW"] = new ConsoleEchoer(),
                    },
                    linkages: new()
                    {
                        [({|KAM021:"RAED"|}, "outbox")] = ({|KAM021:"SHOWW"|}, "inbox"),
                    });
            }
            """;
        const string fixedSource = """
            using Axon;
            using Kamaelia.Chassis;
            using Kamaelia.Util;

            [Graphline]
            [Link("self", "inbox", "First", "inbox")]
            [Link("First", "outbox", "Second", "inbox")]
            [Link("Second", "outbox", "self", "outbox")]
            public sealed partial class Chain : Component
            {
                public PassThrough First { get; } = new();

                public PassThrough Second { get; } = new();

                public static Graphline Build() => new(
                    components: new()
                    {
                        ["READ"] = new PassThrough(),
                        ["SHOW"] = new ConsoleEchoer(),
                    },
                    linkages: new()
                    {
                        [("READ", "outbox")] = ("SHOW", "inbox"),
                    });
            }
            """;

        var test = new KamaeliaFixTest<UseNearestChildNameCodeFixProvider>(source, fixedSource);
        // The other children's unlinked boxes (library components are judged too) are not what this fix is about.
        test.DisabledDiagnostics.AddRange(["KAM023", "KAM024"]);
        await test.RunAsync();
    }

    [Fact]
    public async Task ANameLikeNoChildIsLeftAlone()
    {
        const string source = """
            using Kamaelia.Chassis;
            using Kamaelia.Util;

            public static class Program
            {
                public static Graphline Build() => new(
                    components: new()
                    {
                        ["CHOOSER"] = new PassThrough(),
                        ["SHOW"] = new ConsoleEchoer(),
                    },
                    linkages: new()
                    {
                        [({|KAM021:"DISPLAY_WINDOW"|}, "outbox")] = ("SHOW", "inbox"),
                    });
            }
            """;

        var test = new KamaeliaFixTest<UseNearestChildNameCodeFixProvider>(source, source);
        // The other children's unlinked boxes (library components are judged too) are not what this fix is about.
        test.DisabledDiagnostics.AddRange(["KAM023", "KAM024"]);
        await test.RunAsync();
    }
}
