using Microsoft.Extensions.Options;

namespace WorkerServiceSample;

/// <summary>A thermometer in a room that warms and cools a little, the same way on every run.</summary>
public sealed class SimulatedThermometer(IOptions<MonitorSettings> settings) : IThermometer
{
    private int _readings;

    public double ReadCelsius()
    {
        _readings++;
        if (settings.Value.FailAfterReadings is { } limit && _readings > limit)
        {
            throw new IOException($"The thermometer stopped answering after {limit} readings.");
        }

        return Math.Round(20 + (2 * Math.Sin(_readings / 3.0)), 1);
    }
}
