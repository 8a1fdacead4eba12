namespace Kamaelia.Nats.Tests;

/// <summary>A message type no serializer is ever registered for.</summary>
public sealed record Unregistered(int Value);
