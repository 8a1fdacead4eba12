using Axon.Tests.Support;

namespace Axon.Tests.Boxes;

public sealed class ReceivingTests
{
    [Fact]
    public void RecvOnAnEmptyInboxThrowsEmptyInboxExceptionNamingTheBox()
    {
        var component = new Idle();

        var error = Assert.Throws<EmptyInboxException>(() => component.Recv("control"));

        Assert.Same(component.GetInbox("control"), error.Box);
        Assert.Contains("'control'", error.Message, StringComparison.Ordinal);
        Assert.Contains(component.Name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecvOnAnInboxThatHasBeenEmptiedThrowsAgain()
    {
        var component = new Idle();
        component.Deliver(1);
        component.Recv();

        Assert.Throws<EmptyInboxException>(() => component.Recv());
    }

    [Fact]
    public void TryRecvOnAnEmptyInboxReturnsFalseAndNull()
    {
        var component = new Idle();

        Assert.False(component.TryRecv("inbox", out var message));
        Assert.Null(message);
    }

    [Fact]
    public void DataReadyCountsTheMessagesWaitingAndFallsAsTheyAreTaken()
    {
        var component = new Idle();
        Assert.Equal(0, component.DataReady());

        component.Deliver("a");
        component.Deliver("b");
        Assert.Equal(2, component.DataReady());

        component.Recv();
        Assert.Equal(1, component.DataReady());
    }

    [Fact]
    public void FirstReadyInboxNamesTheFirstInboxInDeclarationOrderThatHoldsAMessage()
    {
        var component = new Idle();
        Assert.False(component.AnyReady());
        Assert.Null(component.FirstReadyInbox());

        component.Deliver("stop", "control");
        Assert.True(component.AnyReady());
        Assert.Equal("control", component.FirstReadyInbox());

        component.Deliver("data", "inbox");
        Assert.Equal("inbox", component.FirstReadyInbox());
    }

    [Fact]
    public void AnyReadyBecomesFalseOnceEveryInboxIsDrained()
    {
        var component = new Idle();
        component.Deliver(1, "inbox");
        component.Deliver(2, "control");

        component.Recv("inbox");
        Assert.True(component.AnyReady());

        component.Recv("control");
        Assert.False(component.AnyReady());
    }

    [Fact]
    public void NullIsAMessageLikeAnyOther()
    {
        var component = new Idle();

        component.Deliver(null);

        Assert.Equal(1, component.DataReady());
        Assert.True(component.TryRecv("inbox", out var message));
        Assert.Null(message);
    }
}
