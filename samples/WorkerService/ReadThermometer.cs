using Axon;

namespace WorkerServiceSample;

/// <summary>Reads the thermometer on every tick of a clock.</summary>
[Inbox<long>("inbox", "Clock ticks")]
[Inbox("control", "Shutdown signals")]
[Outbox<Reading>("outbox", "The readings")]
[Outbox("signal", "The shutdown signal, passed on")]
public sealed partial class ReadThermometer(IThermometer thermometer) : Component
{
    [Handles("inbox")]
    private void OnTick(long tick) => Outbox.Send(new Reading(tick, thermometer.ReadCelsius()));
}
