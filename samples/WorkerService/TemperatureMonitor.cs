using Axon;
using Kamaelia.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace WorkerServiceSample;

/// <summary>
/// The worker's graph: a clock ticks, the thermometer is read on each tick, the reading is logged. Its constructor
/// takes services, so the host makes it from the container (<c>AddSystem&lt;TemperatureMonitor&gt;()</c>).
/// </summary>
[Graphline]
[Link(nameof(Ticks), "outbox", nameof(Read), "inbox")]
[Link(nameof(Read), "outbox", nameof(Write), "inbox")]
[Link(nameof(Ticks), "signal", nameof(Read), "control")]
[Link(nameof(Read), "signal", nameof(Write), "control")]
public sealed partial class TemperatureMonitor(IOptions<MonitorSettings> settings, IThermometer thermometer, ILogger<LogReadings> logger) : Component
{
    public Clock Ticks { get; } = new(settings.Value.Interval);

    public ReadThermometer Read { get; } = new(thermometer);

    public LogReadings Write { get; } = new(logger);
}
