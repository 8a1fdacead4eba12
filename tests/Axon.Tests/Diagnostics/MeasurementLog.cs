using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Axon.Tests.Diagnostics;

/// <summary>Listens to every instrument of the "Kamaelia" meter and keeps each measurement with its tags.</summary>
internal sealed class MeasurementLog : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();

    public MeasurementLog()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == KamaeliaMeter.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Keep(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Keep(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Keep(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>Asks the observable instruments (the inbox depth gauge) for their measurements now.</summary>
    public void Collect() => _listener.RecordObservableInstruments();

    /// <summary>The sum of an instrument's measurements whose tags include every one given.</summary>
    public double Sum(string instrument, params (string Key, object? Value)[] tags) =>
        Matching(instrument, tags).Sum(m => m.Value);

    /// <summary>How many measurements an instrument made with every tag given.</summary>
    public int Count(string instrument, params (string Key, object? Value)[] tags) => Matching(instrument, tags).Count();

    /// <summary>The values of an instrument's measurements with every tag given, in the order they came.</summary>
    public IReadOnlyList<double> Values(string instrument, params (string Key, object? Value)[] tags) =>
        [.. Matching(instrument, tags).Select(m => m.Value)];

    public void Dispose() => _listener.Dispose();

    private IEnumerable<(string Instrument, double Value, Dictionary<string, object?> Tags)> Matching(string instrument, (string Key, object? Value)[] tags) =>
        _measurements.Where(m => m.Instrument == instrument && tags.All(t => m.Tags.TryGetValue(t.Key, out var value) && Equals(value, t.Value)));

    private void Keep<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        var kept = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            kept[tag.Key] = tag.Value;
        }

        _measurements.Enqueue((instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), kept));
    }
}
