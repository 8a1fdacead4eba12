namespace WorkerServiceSample;

/// <summary>One temperature, numbered.</summary>
public sealed record Reading(long Number, double Celsius);
