using Kamaelia.Nats;

namespace Kamaelia.Gen.Generators.Tests.Serialization;

/// <summary>A positional record, read back through its constructor; Priority has a default.</summary>
public sealed record SensorReading(string Sensor, double Value, DateTimeOffset Taken, int Priority = 5);

/// <summary>A class with required, init-only and settable properties, and a computed one that is not written.</summary>
public sealed class WorkOrder
{
    public required Guid Id { get; init; }

    public string Title { get; init; } = "";

    public decimal Cost { get; set; }

    public WorkState State { get; set; }

    public List<string> Tags { get; set; } = [];

    public int TagCount => Tags.Count;
}

public enum WorkState : byte
{
    Open,
    Started,
    Done = 200,
}

/// <summary>Nesting, recursion, collections and nullable values in one message.</summary>
public sealed record Shipment(
    string Reference,
    Address Destination,
    Address? ReturnTo,
    IReadOnlyList<Parcel> Parcels,
    int[] Codes,
    IEnumerable<long>? Optional,
    TimeSpan? Window,
    byte[] Label,
    char Mark);

public sealed record Address(string Street, string Town);

public sealed class Parcel
{
    public double Weight { get; set; }

    public Parcel? Inner { get; set; }
}

public struct GridPoint
{
    public int X { get; set; }

    public int Y { get; set; }
}

/// <summary>
/// The NATS links of this test project. The generator runs on the project, sees their element types and
/// registers a serializer for each when the test assembly loads.
/// </summary>
internal static class RoundTripLinks
{
    public static readonly Type[] All =
    [
        typeof(NatsPublishTo<SensorReading>),
        typeof(NatsSubscribeTo<WorkOrder>),
        typeof(NatsDurablePublishTo<Shipment>),
        typeof(NatsDurableSubscribeTo<GridPoint>),
        typeof(NatsPublishTo<GridPoint?>),
        typeof(NatsPublishTo<List<WorkState>>),
        typeof(NatsPublishTo<string>),
        typeof(NatsPublishTo<int>),
    ];
}
