namespace WorkerServiceSample;

/// <summary>The "Monitor" section of the configuration (appsettings.json, environment, command line).</summary>
public sealed class MonitorSettings
{
    /// <summary>How often the thermometer is read.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>When set, the simulated thermometer breaks after that many readings: how a fault looks in the logs.</summary>
    public int? FailAfterReadings { get; set; }
}
