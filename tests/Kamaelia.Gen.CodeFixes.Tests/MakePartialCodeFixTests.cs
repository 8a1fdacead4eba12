using Kamaelia.Gen.CodeFixes.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Kamaelia.Gen.CodeFixes.Tests;

/// <summary>KAM001: the fix makes a component partial, with every class it is nested in.</summary>
public sealed class MakePartialCodeFixTests
{
    [Fact]
    public async Task AComponentDeclaringBoxesBecomesPartialSoItsGeneratedAccessorsCompile()
    {
        const string source = """
            using System.Collections.Generic;
            using Axon;

            [Inbox<string>("inbox")]
            [Outbox<string>("outbox")]
            public sealed class {|KAM001:Upper|} : Component
            {
                protected override IEnumerable<object?> Main()
                {
                    while ({|CS0305:Inbox|}.TryRecv(out var line))
                    {
                        {|CS0305:Outbox|}.Send(line.ToUpperInvariant());
                        yield return null;
                    }
                }
            }
            """;
        const string fixedSource = """
            using System.Collections.Generic;
            using Axon;

            [Inbox<string>("inbox")]
            [Outbox<string>("outbox")]
            public sealed partial class Upper : Component
            {
                protected override IEnumerable<object?> Main()
                {
                    while (Inbox.TryRecv(out var line))
                    {
                        Outbox.Send(line.ToUpperInvariant());
                        yield return null;
                    }
                }
            }
            """;

        await new KamaeliaFixTest<MakePartialCodeFixProvider>(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task TheClassesAComponentIsNestedInBecomePartialKeepingTheirModifiersAndComments()
    {
        const string source = """
            using System.Collections.Generic;
            using Axon;

            public static class Outer
            {
                // Keeps its comment.
                class Middle
                {
                    [Inbox<int>("inbox")]
                    internal sealed class {|#0:Counter|} : Component
                    {
                        protected override IEnumerable<object?> Main()
                        {
                            yield break;
                        }
                    }
                }
            }
            """;
        const string fixedSource = """
            using System.Collections.Generic;
            using Axon;

            public static partial class Outer
            {
                // Keeps its comment.
                partial class Middle
                {
                    [Inbox<int>("inbox")]
                    internal sealed partial class Counter : Component
                    {
                        protected override IEnumerable<object?> Main()
                        {
                            yield break;
                        }
                    }
                }
            }
            """;

        var test = new KamaeliaFixTest<MakePartialCodeFixProvider>(source, fixedSource);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("KAM001", DiagnosticSeverity.Error).WithLocation(0).WithArguments("Counter", "is not partial", "make it partial, and every class it is nested in"));
        await test.RunAsync();
    }

    [Fact]
    public async Task FixAllMakesEveryComponentPartialAndTheirSharedContainerOnce()
    {
        const string source = """
            using Axon;

            public class Components
            {
                [Outbox<string>("outbox")]
                public class {|KAM001:Greeter|} : Component
                {
                }

                [Inbox<string>("inbox")]
                public class {|KAM001:Listener|} : Component
                {
                }
            }
            """;
        const string fixedSource = """
            using Axon;

            public partial class Components
            {
                [Outbox<string>("outbox")]
                public partial class Greeter : Component
                {
                }

                [Inbox<string>("inbox")]
                public partial class Listener : Component
                {
                }
            }
            """;

        await new KamaeliaFixTest<MakePartialCodeFixProvider>(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task AFileLocalComponentIsNotOfferedPartialWhichItAlreadyIs()
    {
        // The fixed code is the source: no fix is offered, and the diagnostic stays.
        const string source = """
            using Axon;

            [Inbox<string>("inbox")]
            file sealed partial class {|KAM001:Hidden|} : Component
            {
            }
            """;

        await new KamaeliaFixTest<MakePartialCodeFixProvider>(source, source).RunAsync();
    }
}
