using Microsoft.Extensions.Logging;

namespace Kamaelia.Hosting;

/// <summary>
/// Everything the hosted service logs, in one place: the event ids are stable, so that a log query or an alert can
/// rely on them, and each value is a named property of the log record.
/// </summary>
internal static partial class HostingLog
{
    [LoggerMessage(EventId = 1, EventName = "KamaeliaStarted", Level = LogLevel.Information,
        Message = "Kamaelia started {SystemCount} top-level component(s) on its scheduler thread: {Systems}")]
    public static partial void Started(ILogger logger, int systemCount, IEnumerable<string> systems);

    [LoggerMessage(EventId = 2, EventName = "KamaeliaComponentFaulted", Level = LogLevel.Error,
        Message = "Kamaelia component {Component} faulted")]
    public static partial void ComponentFaulted(ILogger logger, string component, Exception exception);

    [LoggerMessage(EventId = 3, EventName = "KamaeliaComponentFaultedAtBox", Level = LogLevel.Error,
        Message = "Kamaelia component {Component} faulted at {BoxDirection} '{Box}' of {BoxOwner}")]
    public static partial void ComponentFaultedAtBox(ILogger logger, string component, string boxDirection, string box, string boxOwner, Exception exception);

    [LoggerMessage(EventId = 4, EventName = "KamaeliaStopping", Level = LogLevel.Information,
        Message = "Stopping Kamaelia: ShutdownMicroprocess sent to the top-level components; waiting up to {GracePeriod} for them to end")]
    public static partial void Stopping(ILogger logger, TimeSpan gracePeriod);

    [LoggerMessage(EventId = 5, EventName = "KamaeliaGracePeriodExpired", Level = LogLevel.Warning,
        Message = "Kamaelia did not end within its shutdown grace period of {GracePeriod}; abandoning {ComponentCount} component(s) still running: {Components}")]
    public static partial void GracePeriodExpired(ILogger logger, TimeSpan gracePeriod, int componentCount, IEnumerable<string> components);

    [LoggerMessage(EventId = 6, EventName = "KamaeliaHostShutdownTimedOut", Level = LogLevel.Warning,
        Message = "The host's shutdown timeout ran out before Kamaelia ended; abandoning {ComponentCount} component(s) still running: {Components}")]
    public static partial void HostShutdownTimedOut(ILogger logger, int componentCount, IEnumerable<string> components);

    [LoggerMessage(EventId = 7, EventName = "KamaeliaEnded", Level = LogLevel.Information,
        Message = "Kamaelia has ended: every component has finished")]
    public static partial void Ended(ILogger logger);

    [LoggerMessage(EventId = 8, EventName = "KamaeliaStopped", Level = LogLevel.Information,
        Message = "Kamaelia has stopped")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(EventId = 9, EventName = "KamaeliaEndedByFault", Level = LogLevel.Error,
        Message = "Kamaelia has stopped because {Component} faulted")]
    public static partial void EndedByFault(ILogger logger, string component);

    [LoggerMessage(EventId = 10, EventName = "KamaeliaSchedulerFailed", Level = LogLevel.Critical,
        Message = "The Kamaelia scheduler failed")]
    public static partial void SchedulerFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 11, EventName = "KamaeliaStoppingApplication", Level = LogLevel.Information,
        Message = "Stopping the application because Kamaelia has {Outcome}")]
    public static partial void StoppingApplication(ILogger logger, string outcome);

    [LoggerMessage(EventId = 12, EventName = "KamaeliaSchedulerStillRunning", Level = LogLevel.Warning,
        Message = "The Kamaelia scheduler had not stopped {Bound} after the host's shutdown timeout ran out: a component's step is blocking its thread")]
    public static partial void SchedulerStillRunning(ILogger logger, TimeSpan bound);
}
