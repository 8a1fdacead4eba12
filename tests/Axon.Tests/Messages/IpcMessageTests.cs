using Axon.Tests.Support;

namespace Axon.Tests.Messages;

public sealed class IpcMessageTests
{
    [Fact]
    public void NotifyKeepsItsCallerAndPayload()
    {
        var caller = new Idle();
        var payload = new object();

        var notify = new Notify(caller, payload);

        Assert.Same(caller, notify.Caller);
        Assert.Same(payload, notify.Payload);
        Assert.IsAssignableFrom<Ipc>(notify);
    }

    [Fact]
    public void StatusKeepsItsText()
    {
        var status = new Status("connected");

        Assert.Equal("connected", status.Text);
        Assert.Equal("connected", status.ToString());
    }

    [Fact]
    public void ErrorInformationKeepsCallerExceptionAndMessage()
    {
        var caller = new Idle();
        var exception = new IOException("disk");

        var error = new ErrorInformation(caller, exception, "could not write");

        Assert.Same(caller, error.Caller);
        Assert.Same(exception, error.Exception);
        Assert.Equal("could not write", error.Message);
    }

    [Fact]
    public void ErrorInformationNeedsOnlyACaller()
    {
        var error = new ErrorInformation("caller");

        Assert.Equal("caller", error.Caller);
        Assert.Null(error.Exception);
        Assert.Null(error.Message);
    }

    [Fact]
    public void NewComponentKeepsTheComponentsInOrder()
    {
        var first = new Idle();
        var second = new Idle();

        Assert.Equal([first, second], new NewComponent(first, second).Components);
    }

    [Fact]
    public void WaitCompleteKeepsItsStepsAndTagAndRefusesNull()
    {
        IEnumerable<object?> steps = [1, 2];

        var wait = new WaitComplete(steps, "detour");

        Assert.Same(steps, wait.Steps);
        Assert.Equal("detour", wait.Tag);
        Assert.Null(new WaitComplete(steps).Tag);
        Assert.Throws<ArgumentNullException>(() => new WaitComplete(null!));
    }
}
