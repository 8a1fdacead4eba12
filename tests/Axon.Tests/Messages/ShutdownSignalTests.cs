using Axon.Tests.Support;

namespace Axon.Tests.Messages;

public sealed class ShutdownSignalTests
{
    [Fact]
    public void ProducerFinishedAndShutdownMicroprocessAreShutdownSignals()
    {
        Assert.IsAssignableFrom<ShutdownSignal>(new ProducerFinished());
        Assert.IsAssignableFrom<ShutdownSignal>(new ShutdownMicroprocess());
        Assert.IsAssignableFrom<Ipc>(new ProducerFinished());
        Assert.IsAssignableFrom<Ipc>(new ShutdownMicroprocess());
    }

    [Fact]
    public void ProducerFinishedKeepsItsCallerAndMessage()
    {
        var caller = new Idle();
        var payload = new object();

        var finished = new ProducerFinished(caller, payload);

        Assert.Same(caller, finished.Caller);
        Assert.Same(payload, finished.Message);
    }

    [Fact]
    public void ProducerFinishedNeedsNoArguments()
    {
        var finished = new ProducerFinished();

        Assert.Null(finished.Caller);
        Assert.Null(finished.Message);
        Assert.Equal("ProducerFinished", finished.ToString());
    }

    [Fact]
    public void ShutdownMicroprocessKeepsTheComponentsItNames()
    {
        var first = new Idle();
        var second = new Idle();

        var shutdown = new ShutdownMicroprocess(first, second);

        Assert.Equal([first, second], shutdown.Components);
        Assert.Empty(new ShutdownMicroprocess().Components);
        Assert.Equal("ShutdownMicroprocess", shutdown.ToString());
    }

    [Fact]
    public void AShutdownSignalTravelsThroughABoxAsTheSameObject()
    {
        var sender = new Idle();
        var receiver = new Idle();
        sender.Link((sender, "signal"), (receiver, "control"));
        var shutdown = new ShutdownMicroprocess(sender);

        sender.Send(shutdown, "signal");

        Assert.Same(shutdown, receiver.Recv("control"));
    }
}
