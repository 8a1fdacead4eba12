using Microsoft.CodeAnalysis.Testing;
using static Kamaelia.Gen.Analyzers.Tests.Support.KamaeliaVerifier;

namespace Kamaelia.Gen.Analyzers.Tests;

/// <summary>Boxes declared on partial properties: what the generator cannot implement is explained where it is written.</summary>
public class PropertyBoxDeclarationTests
{
    [Fact]
    public Task AGenericComponentWithPartialPropertyBoxesIsSilent() => VerifyAsync(
        """
        public partial class Relay<T> : Component
        {
            [Inbox("inbox")] public partial Inbox<T> Input { get; }

            [Inbox("control")] public partial Inbox<object> Control { get; }

            [Outbox("outbox")] public partial Outbox<T> Output { get; }

            [Outbox("signal")] public partial Outbox<object> Signal { get; }

            [Handles("inbox")] void OnItem(T item) => Output.Send(item);
        }
        """);

    [Fact]
    public Task APropertyOfTheOtherDirectionIsReportedOnTheProperty() => VerifyAsync(
        """
        public partial class Backwards<T> : Component
        {
            [Inbox("inbox")] public partial Outbox<T> {|#0:Input|} { get; }
        }
        """,
        Diagnostic("KAM004").WithLocation(0).WithArguments(
            "inbox", "inbox", "Backwards", "is declared on 'Input', an outbox: an [Inbox] property has type Inbox<T>"),
        DiagnosticResult.CompilerError("CS9248").WithLocation(0).WithArguments("Backwards<T>.Input"));

    [Fact]
    public Task APropertyThatIsNotPartialIsReported() => VerifyAsync(
        """
        public partial class Plain<T> : Component
        {
            [Outbox("outbox")] public Outbox<T> {|#0:Output|} => throw new System.NotSupportedException();
        }
        """,
        Diagnostic("KAM004").WithLocation(0).WithArguments(
            "outbox", "outbox", "Plain",
            "is declared on 'Output', which the generator can implement only as a partial, get-only instance property ('public partial Outbox<T> Output { get; }')"));

    [Fact]
    public Task AClassAttributeAndAPropertyDeclaringOneBoxAreADuplicate() => VerifyAsync(
        """
        [Inbox("inbox")]
        public partial class Twice<T> : Component
        {
            [Inbox({|#0:"inbox"|})] public partial Inbox<T> {|#1:Input|} { get; }
        }
        """,
        Diagnostic("KAM003").WithLocation(0).WithArguments("Twice", "inbox", "inbox"),
        DiagnosticResult.CompilerError("CS9248").WithLocation(1).WithArguments("Twice<T>.Input"));
}
