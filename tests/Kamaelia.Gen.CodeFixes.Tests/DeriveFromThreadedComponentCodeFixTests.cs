using Kamaelia.Gen.CodeFixes.Tests.Support;

namespace Kamaelia.Gen.CodeFixes.Tests;

/// <summary>
/// KAM030: the fix moves a component that blocks onto its own thread by deriving it from ThreadedComponent. The
/// compiler then asks for ThreadMain (CS0534), which is where the user puts the blocking code: the documented intent.
/// </summary>
public sealed class DeriveFromThreadedComponentCodeFixTests
{
    [Fact]
    public async Task AComponentThatSleepsDerivesFromThreadedComponentAndIsAskedForThreadMain()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading;
            using Axon;

            public sealed class Slow : Component
            {
                protected override IEnumerable<object?> Main()
                {
                    {|KAM030:Thread.Sleep(100)|};
                    Send("done", "outbox");
                    yield return null;
                }
            }
            """;
        const string fixedSource = """
            using System.Collections.Generic;
            using System.Threading;
            using Axon;

            public sealed class {|CS0534:Slow|} : ThreadedComponent
            {
                protected override IEnumerable<object?> Main()
                {
                    Thread.Sleep(100);
                    Send("done", "outbox");
                    yield return null;
                }
            }
            """;

        await new KamaeliaFixTest<DeriveFromThreadedComponentCodeFixProvider>(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task AQualifiedBaseClassStaysQualified()
    {
        const string source = """
            using System;
            using System.Collections.Generic;

            namespace Readers;

            public sealed class LineReader : Axon.Component
            {
                protected override IEnumerable<object?> Main()
                {
                    Send({|KAM030:Console.ReadLine()|}, "outbox");
                    yield return null;
                }
            }
            """;
        const string fixedSource = """
            using System;
            using System.Collections.Generic;

            namespace Readers;

            public sealed class {|CS0534:LineReader|} : Axon.ThreadedComponent
            {
                protected override IEnumerable<object?> Main()
                {
                    Send(Console.ReadLine(), "outbox");
                    yield return null;
                }
            }
            """;

        await new KamaeliaFixTest<DeriveFromThreadedComponentCodeFixProvider>(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task FixAllChangesEachBlockingComponentOnceEvenWhenItsBaseClassIsInAnotherFile()
    {
        const string first = """
            using System.Collections.Generic;
            using System.IO;
            using System.Threading.Tasks;
            using Axon;

            [Inbox<string>("inbox")]
            [Outbox<string>("outbox")]
            public partial class Loader : Component
            {
                protected override IEnumerable<object?> Main()
                {
                    while (Inbox.TryRecv(out var path))
                    {
                        Outbox.Send({|KAM030:File.ReadAllText(path)|});
                        Outbox.Send({|KAM030:Task.Run(() => path.Length).Result|}.ToString());
                    }

                    yield return null;
                }
            }
            """;
        const string second = """
            using System.Collections.Generic;
            using System.Threading;

            public partial class Loader
            {
                private void Rest() => {|KAM030:Thread.Sleep(10)|};
            }

            public sealed class Waiter : Axon.Component
            {
                protected override IEnumerable<object?> Main()
                {
                    {|KAM030:Thread.Sleep(10)|};
                    yield return null;
                }
            }
            """;
        const string firstFixed = """
            using System.Collections.Generic;
            using System.IO;
            using System.Threading.Tasks;
            using Axon;

            [Inbox<string>("inbox")]
            [Outbox<string>("outbox")]
            public partial class {|CS0534:Loader|} : ThreadedComponent
            {
                protected override IEnumerable<object?> Main()
                {
                    while (Inbox.TryRecv(out var path))
                    {
                        Outbox.Send(File.ReadAllText(path));
                        Outbox.Send(Task.Run(() => path.Length).Result.ToString());
                    }

                    yield return null;
                }
            }
            """;
        const string secondFixed = """
            using System.Collections.Generic;
            using System.Threading;

            public partial class Loader
            {
                private void Rest() => Thread.Sleep(10);
            }

            public sealed class {|CS0534:Waiter|} : Axon.ThreadedComponent
            {
                protected override IEnumerable<object?> Main()
                {
                    Thread.Sleep(10);
                    yield return null;
                }
            }
            """;

        var test = new KamaeliaFixTest<DeriveFromThreadedComponentCodeFixProvider>(first, firstFixed);
        test.TestState.Sources.Add(second);
        test.FixedState.Sources.Add(secondFixed);
        await test.RunAsync();
    }

    [Fact]
    public async Task NoFixIsOfferedWhenTheComponentDerivesFromAnotherComponent()
    {
        // Changing the shared base class would move every component built on it to a thread.
        const string source = """
            using System.Collections.Generic;
            using System.Threading;
            using Axon;

            public abstract class Base : Component
            {
            }

            public sealed class Slow : Base
            {
                protected override IEnumerable<object?> Main()
                {
                    {|KAM030:Thread.Sleep(100)|};
                    yield return null;
                }
            }
            """;

        await new KamaeliaFixTest<DeriveFromThreadedComponentCodeFixProvider>(source, source).RunAsync();
    }
}
