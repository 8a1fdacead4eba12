using Kamaelia.Protocol;
using Kamaelia.Tests.Support;

namespace Kamaelia.Tests.Protocol;

/// <summary>Runs a framer or de-framer over inputs given up front and collects what leaves each of its outboxes.</summary>
internal sealed class FramingRig
{
    private FramingRig(Collector output, Collector rejections)
    {
        Output = output;
        Rejections = rejections;
    }

    public Collector Output { get; }

    public Collector Rejections { get; }

    public List<byte[]> Messages => [.. Output.Received.Cast<byte[]>()];

    public List<Rejection> Rejected => [.. Rejections.Received.Cast<Rejection>()];

    /// <summary>Delivers <paramref name="inputs"/>, then <paramref name="ending"/> (ProducerFinished unless given), and runs to the end.</summary>
    public static FramingRig Run(Component component, IEnumerable<byte[]> inputs, ShutdownSignal? ending = null, bool hasRejected = false) =>
        RunValues(component, inputs, ending, hasRejected);

    /// <summary>As <see cref="Run"/>, for inputs of any type.</summary>
    public static FramingRig RunValues(Component component, IEnumerable<object> inputs, ShutdownSignal? ending = null, bool hasRejected = false)
    {
        foreach (var input in inputs)
        {
            component.Deliver(input);
        }

        component.Deliver(ending ?? new ProducerFinished(), "control");
        var rig = new FramingRig(new Collector(), new Collector());
        var system = new TestSystem(component, rig.Output).Chain(component, rig.Output);
        if (hasRejected)
        {
            system = new TestSystem(component, rig.Output, rig.Rejections).Chain(component, rig.Output).Wire(component, "rejected", rig.Rejections, "inbox");
        }

        var scheduler = new Scheduler();
        system.Activate(scheduler);

        // The rejections' collector has no signal to end it: the run is over once the output's has ended.
        scheduler.RunUntilWithin(() => rig.Output.IsStopped);
        return rig;
    }

    /// <summary><paramref name="stream"/> cut into pieces of 1 to <paramref name="longest"/> bytes, at places chosen by <paramref name="seed"/>.</summary>
    public static IEnumerable<byte[]> Split(byte[] stream, int seed, int longest)
    {
        var random = new Random(seed);
        for (var at = 0; at < stream.Length;)
        {
            var length = Math.Min(stream.Length - at, random.Next(1, longest + 1));
            yield return stream[at..(at + length)];
            at += length;
        }
    }
}
