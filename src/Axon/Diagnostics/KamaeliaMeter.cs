namespace Axon;

/// <summary>
/// The names under which Kamaelia reports through <see cref="System.Diagnostics.Metrics"/>: one meter,
/// <see cref="Name"/>, whose instruments follow OpenTelemetry's naming (dotted lower case, units in UCUM).
/// Nothing is measured unless a listener (an OpenTelemetry <c>MeterProvider</c> with <c>AddMeter("Kamaelia")</c>,
/// <c>dotnet-counters</c>, a <see cref="System.Diagnostics.Metrics.MeterListener"/>) enables an instrument: until
/// then each place that would record costs one check.
/// </summary>
public static class KamaeliaMeter
{
    /// <summary>The meter's name, for <c>AddMeter</c> and <c>dotnet-counters --counters</c>.</summary>
    public const string Name = "Kamaelia";

    /// <summary>Counter of messages sent on outboxes, tagged with the sender's type and the outbox.</summary>
    public const string MessagesSent = "kamaelia.messages.sent";

    /// <summary>Counter of messages that arrived in the final inbox of a link chain, tagged with its owner's type and the inbox.</summary>
    public const string MessagesDelivered = "kamaelia.messages.delivered";

    /// <summary>Counter of messages sent on an outbox linked to nothing (<see cref="Box.Discarded"/>), tagged with the sender's type and the outbox.</summary>
    public const string MessagesDiscarded = "kamaelia.messages.discarded";

    /// <summary>Gauge: messages waiting in inboxes, summed per component type and inbox over every live scheduler.</summary>
    public const string InboxDepth = "kamaelia.inbox.depth";

    /// <summary>Counter of component faults (a step or a close-down that threw), tagged with the component's type and <see cref="ErrorTypeTag"/>.</summary>
    public const string ComponentFaults = "kamaelia.component.faults";

    /// <summary>Counter of scheduler passes.</summary>
    public const string SchedulerPasses = "kamaelia.scheduler.passes";

    /// <summary>Counter of component steps run by schedulers.</summary>
    public const string SchedulerSteps = "kamaelia.scheduler.steps";

    /// <summary>Histogram of the time a scheduler pass takes to step its components, in seconds.</summary>
    public const string PassDuration = "kamaelia.scheduler.pass.duration";

    /// <summary>Tag: the component's type, as C# spells it (<c>Filter&lt;string&gt;</c>).</summary>
    public const string ComponentTypeTag = "kamaelia.component.type";

    /// <summary>Tag: the box's name.</summary>
    public const string BoxTag = "kamaelia.box";

    /// <summary>Tag: the exception's type, as OpenTelemetry's <c>error.type</c>.</summary>
    public const string ErrorTypeTag = "error.type";
}
