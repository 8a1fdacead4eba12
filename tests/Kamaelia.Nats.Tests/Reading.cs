namespace Kamaelia.Nats.Tests;

/// <summary>A typed message for the round-trip tests.</summary>
public sealed record Reading(string Sensor, double Value, int Number);
