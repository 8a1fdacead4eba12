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
        Log.Reading(logger, reading.Number, reading.Celsius);
    }

    partial void OnShutdown() => Log.ShutDown(logger, _logged);

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Reading {Number}: {Celsius} °C")]
        public static partial void Reading(ILogger logger, long number, double celsius);

        [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Shut down after logging {Count} readings")]
        public static partial void ShutDown(ILogger logger, long count);
    }
}
