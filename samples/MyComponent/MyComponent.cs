using Axon;

namespace MyComponentSample;

/// <summary>
/// The component of Kamaelia's "MyComponent" tutorial, Axon style: boxes with descriptions, and a Main
/// iterator that forwards inbox to outbox until it is told to shut down.
/// </summary>
[Inbox<string>("inbox", "some data in")]
[Inbox("control", "stops the component")]
[Outbox<string>("outbox", "some data out")]
[Outbox("signal", "Shutdown signal")]
public partial class MyComponent : Component
{
    protected override IEnumerable<object?> Main()
    {
        while (!DoShutdown())
        {
            while (Inbox.TryRecv(out var data))
            {
                Outbox.Send(data);
            }

            if (!AnyReady())
            {
                Pause();
            }

            yield return null;
        }
    }

    private bool DoShutdown()
    {
        if (Control.TryRecv(out var msg) && msg is ProducerFinished or ShutdownMicroprocess)
        {
            Signal.Send(new ProducerFinished());
            return true;
        }

        return false;
    }
}
