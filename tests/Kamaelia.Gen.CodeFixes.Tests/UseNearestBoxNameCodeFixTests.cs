using Kamaelia.Gen.CodeFixes.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Kamaelia.Gen.CodeFixes.Tests;

/// <summary>KAM010: the fix replaces a misspelt box name literal with the nearest name the component declares.</summary>
public sealed class UseNearestBoxNameCodeFixTests
{
    [Fact]
    public async Task AMisspeltOutboxInSendBecomesTheDeclaredName()
    {
        const string source = """
            using System.Collections.Generic;
            using Axon;

            [Inbox<string>("inbox")]
            [Outbox<string>("outbox")]
            public sealed partial class Echo : Component
            {
                protected override IEnumerable<object?> Main()
                {
                    while (Inbox.TryRecv(out var line))
                    {
                        Send(line, {|#0:"outbx"|});
                    }

                    yield return null;
                }
            }
            """;
        const string fixedSource = """
            using System.Collections.Generic;
            using Axon;

            [Inbox<string>("inbox")]
            [Outbox<string>("outbox")]
            public sealed partial class Echo : Component
            {
                protected override IEnumerable<object?> Main()
                {
                    while (Inbox.TryRecv(out var line))
                    {
                        Send(line, "outbox");
                    }

                    yield return null;
                }
            }
            """;

        var test = new KamaeliaFixTest<UseNearestBoxNameCodeFixProvider>(source, fixedSource);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("KAM010", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("Echo", "outbox", "outbx", " (its outboxes are \"outbox\"); did you mean \"outbox\"?"));
        await test.RunAsync();
    }

    [Fact]
    public async Task FixAllCorrectsNamesInByNameCallsLinksAndGraphlineLinkages()
    {
        const string source = """
            using System.Collections.Generic;
            using Axon;
            using Kamaelia.Chassis;
            using Kamaelia.Util;

            public sealed class Shell : Component
            {
                protected override IEnumerable<object?> Main()
                {
                    var source = new PassThrough();
                    var sink = new ConsoleEchoer();
                    Link((source, {|KAM010:"outbx"|}), (sink, {|KAM010:"inbx"|}));
                    if (DataReady({|KAM010:"contrl"|}) > 0)
                    {
                        Send(Recv("control"), {|KAM010:"signl"|});
                    }

                    yield return null;
                }

                public static Graphline Graph() => new(
                    components: new()
                    {
                        ["IN"] = new PassThrough(),
                        ["OUT"] = new ConsoleEchoer(),
                    },
                    linkages: new()
                    {
                        [("IN", {|KAM010:"outbox_"|})] = ("OUT", {|KAM010:"Inbox"|}),
                    });
            }
            """;
        const string fixedSource = """
            using System.Collections.Generic;
            using Axon;
            using Kamaelia.Chassis;
            using Kamaelia.Util;

            public sealed class Shell : Component
            {
                protected override IEnumerable<object?> Main()
                {
                    var source = new PassThrough();
                    var sink = new ConsoleEchoer();
                    Link((source, "outbox"), (sink, "inbox"));
                    if (DataReady("control") > 0)
                    {
                        Send(Recv("control"), "signal");
                    }

                    yield return null;
                }

                public static Graphline Graph() => new(
                    components: new()
                    {
                        ["IN"] = new PassThrough(),
                        ["OUT"] = new ConsoleEchoer(),
                    },
                    linkages: new()
                    {
                        [("IN", "outbox")] = ("OUT", "inbox"),
                    });
            }
            """;

        var test = new KamaeliaFixTest<UseNearestBoxNameCodeFixProvider>(source, fixedSource);
        // The other children's unlinked boxes (library components are judged too) are not what this fix is about.
        test.DisabledDiagnostics.AddRange(["KAM023", "KAM024"]);
        await test.RunAsync();
    }

    [Fact]
    public async Task ALinkAttributeBoxNameIsCorrected()
    {
        const string source = """
            using Axon;
            using Kamaelia.Util;

            [Graphline]
            [Link("self", "inbox", nameof(Relay), "inbox")]
            [Link(nameof(Relay), {|KAM010:"outbax"|}, "self", "outbox")]
            public sealed partial class Wrapper : Component
            {
                public PassThrough Relay { get; } = new();
            }
            """;
        const string fixedSource = """
            using Axon;
            using Kamaelia.Util;

            [Graphline]
            [Link("self", "inbox", nameof(Relay), "inbox")]
            [Link(nameof(Relay), "outbox", "self", "outbox")]
            public sealed partial class Wrapper : Component
            {
                public PassThrough Relay { get; } = new();
            }
            """;

        var test = new KamaeliaFixTest<UseNearestBoxNameCodeFixProvider>(source, fixedSource);
        // The other children's unlinked boxes (library components are judged too) are not what this fix is about.
        test.DisabledDiagnostics.AddRange(["KAM023", "KAM024"]);
        await test.RunAsync();
    }

    [Fact]
    public async Task AConstantOrANameWithNothingCloseIsLeftAlone()
    {
        // A constant may be used elsewhere and nameof names a member: the user decides. "zzzzzz" resembles no box.
        const string source = """
            using System.Collections.Generic;
            using Axon;

            public sealed class Talker : Component
            {
                private const string Out = "outbx";

                protected override IEnumerable<object?> Main()
                {
                    Send("hello", {|KAM010:Out|});
                    Send("hello", {|KAM010:"zzzzzz"|});
                    yield return null;
                }
            }
            """;

        await new KamaeliaFixTest<UseNearestBoxNameCodeFixProvider>(source, source).RunAsync();
    }
}
