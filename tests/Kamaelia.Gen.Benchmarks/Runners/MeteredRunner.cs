using System.Diagnostics.Metrics;
using Axon;

namespace Kamaelia.Gen.Benchmarks.Runners;

/// <summary>
/// Runs another runner while a <see cref="MeterListener"/> takes every instrument of the "Kamaelia" meter and adds
/// up what they report, as an exporter's aggregation would: the cost of metrics that someone listens to.
/// </summary>
public sealed class MeteredRunner : IRunner
{
    private readonly IRunner _inner;
    private readonly MeterListener _listener = new();
    private long _recorded;

    public MeteredRunner(IRunner inner)
    {
        _inner = inner;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == KamaeliaMeter.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => _recorded += value);
        _listener.SetMeasurementEventCallback<int>((_, value, _, _) => _recorded += value);
        _listener.SetMeasurementEventCallback<double>((_, _, _, _) => _recorded++);
        _listener.Start();
    }

    /// <summary>How much the instruments reported (kept so that the callbacks' work is not optimised away).</summary>
    public long Recorded => _recorded;

    public long Run()
    {
        var sum = _inner.Run();
        if (_recorded == 0)
        {
            throw new InvalidOperationException("The metered run recorded nothing: the Kamaelia instruments did not report.");
        }

        return sum;
    }

    public void Dispose()
    {
        _listener.Dispose();
        _inner.Dispose();
    }
}
