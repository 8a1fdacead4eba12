using Axon;
using Microsoft.Extensions.Logging;

namespace WorkerServiceSample;

/// <summary>Writes each reading to the application's log, and says how many it wrote when it is shut down.</summary>
[Inbox<Reading>("inbox", "The readings")]
[Inbox("control", "Shutdown signals")]
[Outbox("outbox", "Not used")]
[Outbox("signal", "The shutdown signal, passed on")]
public sealed partial class LogReadings(ILogger<LogReadings> logger) : Component
{
    private long _logged;

    [Handles("inbox")]
    private void OnReading(Reading reading)
    {
        _logged++;
        Log.Reading(logger, reading.Number, reading.Celsius, null);
    }

    partial void OnShutdown() => Log.ShutDown(logger, _logged, null);

    // Defined once, so that logging a reading formats nothing while Information is off.
    private static class Log
    {
        public static readonly Action<ILogger, long, double, Exception?> Reading =
            LoggerMessage.Define<long, double>(LogLevel.Information, new EventId(1, nameof(Reading)), "Reading {Number}: {Celsius} °C");

        public static readonly Action<ILogger, long, Exception?> ShutDown =
            LoggerMessage.Define<long>(LogLevel.Information, new EventId(2, nameof(ShutDown)), "Shut down after logging {Count} readings");
    }
}
