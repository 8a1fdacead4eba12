using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kamaelia.Nats;

namespace Kamaelia.Gen.Generators.Tests.Serialization;

/// <summary>
/// The serializers the generator wrote for this test project's own NATS links (see <see cref="RoundTripLinks"/>),
/// registered by its module initializer: values go to JSON and back unchanged, with no reflection involved.
/// </summary>
public sealed class MessageRoundTripTests
{
    [Fact]
    public void EveryElementTypeOfTheProjectsLinksIsRegistered()
    {
        Assert.True(NatsMessageTypes.TryGet<SensorReading>(out _));
        Assert.True(NatsMessageTypes.TryGet<WorkOrder>(out _));
        Assert.True(NatsMessageTypes.TryGet<Shipment>(out _));
        Assert.True(NatsMessageTypes.TryGet<GridPoint>(out _));
        Assert.True(NatsMessageTypes.TryGet<GridPoint?>(out _));
        Assert.True(NatsMessageTypes.TryGet<List<WorkState>>(out _));
        Assert.True(NatsMessageTypes.TryGet<string>(out _));
        Assert.True(NatsMessageTypes.TryGet<int>(out _));
        Assert.NotEmpty(RoundTripLinks.All);
    }

    [Fact]
    public void TypesReachedOnlyThroughMembersAreNotRegistered()
    {
        Assert.False(NatsMessageTypes.TryGet<Address>(out _));
        Assert.False(NatsMessageTypes.TryGet<Parcel>(out _));
    }

    [Fact]
    public void APositionalRecordRoundTripsWithPropertyNamesAsWritten()
    {
        var reading = new SensorReading("hall", 21.5, new DateTimeOffset(2026, 11, 26, 8, 30, 0, TimeSpan.FromHours(1)), 2);

        var json = Serialize(reading);

        Assert.Equal("""{"Sensor":"hall","Value":21.5,"Taken":"2026-11-26T08:30:00+01:00","Priority":2}""", json);
        Assert.Equal(reading, Deserialize<SensorReading>(json));
    }

    [Fact]
    public void AMissingConstructorParameterWithADefaultTakesTheDefault()
    {
        var reading = Deserialize<SensorReading>("""{"Sensor":"hall","Value":1,"Taken":"2026-11-26T08:30:00Z"}""");

        Assert.Equal(5, reading!.Priority);
    }

    [Fact]
    public void AMissingRequiredConstructorParameterIsAClearJsonException()
    {
        var error = Assert.Throws<JsonException>(() => Deserialize<SensorReading>("""{"Value":1,"Taken":"2026-11-26T08:30:00Z"}"""));

        Assert.Contains("\"Sensor\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("SensorReading", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownPropertiesAreSkippedWhateverTheirValue()
    {
        var reading = Deserialize<SensorReading>("""{"Extra":{"a":[1,{"b":null}]},"Sensor":"s","Value":2,"More":[[]],"Taken":"2026-11-26T08:30:00Z","Last":"x"}""");

        Assert.Equal(new SensorReading("s", 2, new DateTimeOffset(2026, 11, 26, 8, 30, 0, TimeSpan.Zero)), reading);
    }

    [Fact]
    public void AClassWithInitAndSettablePropertiesRoundTripsAndSkipsComputedOnes()
    {
        var order = new WorkOrder { Id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), Title = "Fix", Cost = 12.50m, State = WorkState.Done, Tags = ["a", "b"] };

        var json = Serialize(order);
        var back = Deserialize<WorkOrder>(json)!;

        Assert.Equal("""{"Id":"0f8fad5b-d9cb-469f-a165-70867728950e","Title":"Fix","Cost":12.50,"State":200,"Tags":["a","b"]}""", json);
        Assert.Equal((order.Id, order.Title, order.Cost, order.State), (back.Id, back.Title, back.Cost, back.State));
        Assert.Equal(order.Tags, back.Tags);
    }

    [Fact]
    public void AnAbsentSettablePropertyKeepsItsInitialValueAndAnAbsentInitOnlyOneIsAnError()
    {
        var order = Deserialize<WorkOrder>("""{"Id":"0f8fad5b-d9cb-469f-a165-70867728950e","Title":"t"}""")!;

        Assert.Empty(order.Tags);
        Assert.Equal(0m, order.Cost);
        var error = Assert.Throws<JsonException>(() => Deserialize<WorkOrder>("""{"Id":"0f8fad5b-d9cb-469f-a165-70867728950e"}"""));
        Assert.Contains("\"Title\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NestedRecursiveCollectionAndNullableMembersRoundTrip()
    {
        var shipment = new Shipment(
            "S-1",
            new Address("1 High St", "Leeds"),
            null,
            [new Parcel { Weight = 1.5, Inner = new Parcel { Weight = 0.25 } }, new Parcel()],
            [3, 1, 2],
            null,
            TimeSpan.FromMinutes(90),
            [0, 1, 254, 255],
            'x');

        var json = Serialize(shipment);
        var back = Deserialize<Shipment>(json)!;

        Assert.Equal(
            """{"Reference":"S-1","Destination":{"Street":"1 High St","Town":"Leeds"},"ReturnTo":null,"Parcels":[{"Weight":1.5,"Inner":{"Weight":0.25,"Inner":null}},{"Weight":0,"Inner":null}],"Codes":[3,1,2],"Optional":null,"Window":"01:30:00","Label":"AAH+/w==","Mark":"x"}""",
            json);
        Assert.Equal(shipment.Destination, back.Destination);
        Assert.Null(back.ReturnTo);
        Assert.Equal([1.5, 0], back.Parcels.Select(p => p.Weight));
        Assert.Equal(0.25, back.Parcels[0].Inner!.Weight);
        Assert.Null(back.Parcels[0].Inner!.Inner);
        Assert.Equal(shipment.Codes, back.Codes);
        Assert.Null(back.Optional);
        Assert.Equal(shipment.Window, back.Window);
        Assert.Equal(shipment.Label, back.Label);
        Assert.Equal('x', back.Mark);
    }

    [Fact]
    public void StructsNullableStructsListsOfEnumsAndPrimitivesRoundTrip()
    {
        Assert.Equal(new GridPoint { X = 3, Y = -4 }, RoundTrip(new GridPoint { X = 3, Y = -4 }));
        Assert.Equal(new GridPoint { X = 1, Y = 2 }, RoundTrip<GridPoint?>(new GridPoint { X = 1, Y = 2 }));
        Assert.Null(RoundTrip<GridPoint?>(null));
        Assert.Equal([WorkState.Open, WorkState.Done], RoundTrip(new List<WorkState> { WorkState.Open, WorkState.Done }));
        Assert.Equal("héllo \"world\"", RoundTrip("héllo \"world\""));
        Assert.Equal(-42, RoundTrip(-42));
        Assert.Equal("[0,200]", Serialize(new List<WorkState> { WorkState.Open, WorkState.Done }));
    }

    [Fact]
    public void JsonOfTheWrongShapeIsAJsonException()
    {
        Assert.Throws<JsonException>(() => Deserialize<SensorReading>("[1,2]"));
        Assert.Throws<JsonException>(() => Deserialize<GridPoint>("null"));
        Assert.Throws<JsonException>(() => Deserialize<Shipment>("""{"Parcels":{}}"""));
    }

    private static JsonTypeInfo<T> TypeInfo<T>()
    {
        Assert.True(NatsMessageTypes.TryGet<T>(out var typeInfo), $"No serializer registered for {typeof(T)}.");
        return typeInfo;
    }

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>());

    private static T? Deserialize<T>(string json) => JsonSerializer.Deserialize(Encoding.UTF8.GetBytes(json), TypeInfo<T>());

    private static T? RoundTrip<T>(T value) => Deserialize<T>(Serialize(value));
}
