using Microsoft.CodeAnalysis.Testing;
using static Kamaelia.Gen.Analyzers.Tests.Support.KamaeliaVerifier;

namespace Kamaelia.Gen.Analyzers.Tests;

/// <summary>KAM001–KAM005: the box declarations the generator cannot complete, each explained where it is written.</summary>
public class BoxDeclarationTests
{
    [Fact]
    public Task AClassDeclaringBoxesThatIsNotPartialIsReportedOnItsName() => VerifyAsync(
        """
        [Inbox<string>("inbox")]
        [Outbox<string>("outbox")]
        public class {|#0:Shouter|} : Component
        {
        }
        """,
        Diagnostic("KAM001").WithLocation(0).WithArguments("Shouter", "is not partial", "make it partial"));

    [Fact]
    public Task AClassWithHandlersButNoBoxesThatIsNotPartialIsReported() => VerifyAsync(
        """
        public class {|#0:Relay|} : Component
        {
            [Handles("inbox")]
            private void OnMessage(object message) => Send(message, "outbox");
        }
        """,
        Diagnostic("KAM001").WithLocation(0).WithArguments("Relay", "is not partial", "make it partial"));

    [Fact]
    public Task TheDeclarationThatLacksPartialIsTheOneReported() => VerifyAsync(
        """
        [Inbox("inbox")]
        public partial class Split : Component
        {
        }

        public class {|#0:Split|}
        {
        }
        """,
        Diagnostic("KAM001").WithLocation(0).WithArguments("Split", "is not partial", "make it partial"),
        DiagnosticResult.CompilerError("CS0260").WithLocation(0).WithArguments("Split"));

    [Fact]
    public Task APartialComponentNestedInAClassThatIsNotPartialIsReportedWithTheContainingClassNamed() => VerifyAsync(
        """
        public class Outer
        {
            [Inbox("inbox")]
            public partial class {|#0:Inner|} : Component
            {
            }
        }
        """,
        Diagnostic("KAM001").WithLocation(0).WithArguments("Inner", "is not partial", "make it partial, and every class it is nested in"));

    [Fact]
    public Task TheMessageOfANotPartialComponentSaysWhatToDo() => VerifyAsync(
        """
        [Inbox("inbox")]
        public class {|#0:Plain|} : Component
        {
        }
        """,
        Diagnostic("KAM001").WithLocation(0).WithMessage(
            "'Plain' declares boxes or handlers but is not partial, so the generator cannot complete it (make it partial)"));

    [Fact]
    public Task AFileLocalComponentIsReportedWithWhatToDoInstead() => VerifyAsync(
        """
        [Inbox<string>("inbox")] [Outbox<string>("outbox")]
        file sealed partial class {|#0:Hidden|} : Component
        {
        }
        """,
        Diagnostic("KAM001").WithLocation(0).WithMessage(
            "'Hidden' declares boxes or handlers but is file-local, so the generator cannot complete it (a partial class in another file would be a different type: drop 'file', and make it internal to keep it hidden)"));

    [Fact]
    public Task AComponentNestedInAFileLocalClassIsReported() => VerifyAsync(
        """
        file static partial class Holder
        {
            public sealed partial class {|#0:Worker|} : Component
            {
                [Handles("inbox")] void OnItem(object item) { }
            }
        }
        """,
        Diagnostic("KAM001").WithLocation(0).WithArguments("Worker", "is nested in a file-local class",
            "a partial class in another file would be a different type: drop 'file', and make it internal to keep it hidden"));

    [Fact]
    public Task APartialComponentNestedInPartialClassesIsSilent() => VerifyAsync(
        """
        public partial class Outer
        {
            [Inbox<string>("inbox")]
            [Outbox<string>("outbox")]
            public partial class Inner : Component
            {
                public void Forward(string text) => Outbox.Send(text);
            }
        }
        """);

    [Fact]
    public Task BoxesOnAClassThatIsNotAComponentAreReportedOnItsName() => VerifyAsync(
        """
        [Inbox<string>("inbox")]
        public partial class {|#0:Settings|}
        {
        }
        """,
        Diagnostic("KAM002").WithLocation(0).WithArguments("Settings"));

    [Fact]
    public Task BoxesOnAClassDerivingFromSomethingElseAreReportedOnce() => VerifyAsync(
        """
        [Outbox("outbox")]
        public class {|#0:Logger|} : Exception
        {
        }
        """,
        Diagnostic("KAM002").WithLocation(0).WithMessage(
            "'Logger' declares boxes but does not derive from Axon.Component (derive from Component or ThreadedComponent)"));

    [Fact]
    public Task BoxesOnAThreadedComponentAreSilent() => VerifyAsync(
        """
        [Inbox<string>("inbox")]
        [Inbox("control")]
        [Outbox<string>("outbox")]
        [Outbox("signal")]
        public partial class Worker : ThreadedComponent
        {
            protected override void ThreadMain()
            {
                Outbox.Send(Inbox.Recv());
            }
        }
        """);

    [Fact]
    public Task ASecondInboxOfTheSameNameIsReportedOnItsNameArgument() => VerifyAsync(
        """
        [Inbox("inbox")]
        [Inbox<string>({|#0:"inbox"|}, "the same name again")]
        [Outbox("outbox")]
        public partial class Twice : Component
        {
        }
        """,
        Diagnostic("KAM003").WithLocation(0).WithArguments("Twice", "inbox", "inbox"));

    [Fact]
    public Task ASecondOutboxOfTheSameNameIsReportedWithItsDirection() => VerifyAsync(
        """
        [Outbox("signal")]
        [Outbox({|#0:"signal"|})]
        public partial class Signaller : Component
        {
        }
        """,
        Diagnostic("KAM003").WithLocation(0).WithMessage("'Signaller' declares the outbox \"signal\" twice"));

    [Fact]
    public Task AnEmptyBoxNameIsReported() => VerifyAsync(
        """
        [Inbox({|#0:""|})]
        [Outbox("outbox")]
        public partial class Nameless : Component
        {
        }
        """,
        Diagnostic("KAM004").WithLocation(0).WithArguments("inbox", "", "Nameless", "is empty"));

    [Fact]
    public Task ABoxNameWithNoLetterOrDigitIsReported() => VerifyAsync(
        """
        [Inbox("inbox")]
        [Outbox({|#0:"--"|})]
        public partial class Dashes : Component
        {
        }
        """,
        Diagnostic("KAM004").WithLocation(0).WithMessage(
            "The outbox name \"--\" on 'Dashes' has no letter or digit to make an accessor's name from"));

    [Fact]
    public Task BoxNamesWithSeparatorsDigitsAndALeadingUnderscoreMakeAccessors() => VerifyAsync(
        """
        [Inbox<string>("my_box")]
        [Inbox<string>("2nd")]
        [Inbox<string>("_internal")]
        [Outbox<string>("out-box")]
        public partial class Oddly : Component
        {
            public void Use()
            {
                MyBox.TryRecv(out _);
                Box2nd.TryRecv(out _);
                _Internal.TryRecv(out _);
                OutBox.Send("x");
            }
        }
        """);

    [Fact]
    public Task AnAccessorThatCollidesWithAMemberOfTheClassIsReportedOnTheBoxName() => VerifyAsync(
        """
        [Inbox("inbox")]
        [Outbox({|#0:"signal"|})]
        public partial class Flagger : Component
        {
            public void Signal() { }
        }
        """,
        Diagnostic("KAM005").WithLocation(0).WithArguments("outbox", "signal", "Flagger", "Signal", "is already a member of the class"));

    [Fact]
    public Task AnAccessorNamedLikeATypeParameterIsReported() => VerifyAsync(
        """
        [Inbox<string>("inbox")]
        [Outbox<string>({|#0:"item"|})]
        public partial class Holder<Item> : Component
        {
        }
        """,
        Diagnostic("KAM005").WithLocation(0).WithArguments("outbox", "item", "Holder", "Item", "is the name of one of the class's type parameters"));

    [Fact]
    public Task AnAccessorNamedAfterTheClassIsReported() => VerifyAsync(
        """
        [Inbox({|#0:"reader"|})]
        public partial class Reader : Component
        {
        }
        """,
        Diagnostic("KAM005").WithLocation(0).WithArguments("inbox", "reader", "Reader", "Reader", "is the class's own name"));

    [Fact]
    public Task AnAccessorTakingANameTheGeneratorWritesIsReported() => VerifyAsync(
        """
        [Inbox({|#0:"declaration"|})]
        public partial class Declarer : Component
        {
        }
        """,
        Diagnostic("KAM005").WithLocation(0).WithArguments("inbox", "declaration", "Declarer", "Declaration", "the generator writes itself"));

    [Fact]
    public Task AnAccessorThatWouldHideAnInheritedMemberIsReportedWithThatMember() => VerifyAsync(
        """
        [Inbox({|#0:"name"|})]
        public partial class Named : Component
        {
        }
        """,
        Diagnostic("KAM005").WithLocation(0).WithMessage(
            "The inbox \"name\" on 'Named' would get the accessor 'Name', which would hide 'Component.Name' (rename the box or the member)"));

    [Fact]
    public Task TwoBoxNamesThatMakeTheSameAccessorAreReportedOnTheSecond() => VerifyAsync(
        """
        [Inbox("my_box")]
        [Inbox({|#0:"my-box"|})]
        public partial class Alike : Component
        {
        }
        """,
        Diagnostic("KAM005").WithLocation(0).WithArguments("inbox", "my-box", "Alike", "MyBox", "the box \"my_box\" also gets"));

    [Fact]
    public Task AnInboxAndAnOutboxOfTheSameNameCollideOnTheirAccessor() => VerifyAsync(
        """
        [Inbox("data")]
        [Outbox({|#0:"data"|})]
        public partial class Echo : Component
        {
        }
        """,
        Diagnostic("KAM005").WithLocation(0).WithArguments("outbox", "data", "Echo", "Data", "the box \"data\" also gets"));

    [Fact]
    public Task ADerivedComponentRedeclaringItsBasesBoxesHidesTheGeneratedAccessorsSilently() => VerifyAsync(
        """
        [Inbox<object>("inbox")]
        [Inbox("control")]
        [Outbox<object>("outbox")]
        [Outbox("signal")]
        public partial class Stage : Component
        {
        }

        [Inbox<string>("inbox")]
        [Inbox("control")]
        [Outbox<string>("outbox")]
        [Outbox("signal")]
        public partial class TextStage : Stage
        {
            public void Forward() => Outbox.Send(Inbox.Recv());
        }
        """);

    [Fact]
    public Task APrivateMemberOfABaseClassDoesNotCollide() => VerifyAsync(
        """
        public abstract class Base : Component
        {
            private int Output => 0;

            protected int Peek() => Output;
        }

        [Outbox<int>("output")]
        public partial class Counter : Base
        {
            public void Count() => Output.Send(Peek());
        }
        """);
}
