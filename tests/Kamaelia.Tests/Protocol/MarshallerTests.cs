using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kamaelia.Protocol;
using Kamaelia.Protocol.Marshalling;
using Kamaelia.Tests.Support;

namespace Kamaelia.Tests.Protocol;

public sealed record Reading(string Sensor, double Value);

[JsonSerializable(typeof(Reading))]
[JsonSerializable(typeof(double))]
public sealed partial class ReadingJson : JsonSerializerContext;

public sealed class MarshallerTests
{
    private static readonly Reading[] Readings = [new("north", 1.5), new("south", -2), new("", 0)];

    [Fact]
    public void ValuesSurviveTheRoundTripWithASourceGeneratedContract()
    {
        var json = FramingRig.RunValues(new Marshaller<Reading>(ReadingJson.Default.Reading), Readings);
        var values = Run(new DeMarshaller<Reading>(ReadingJson.Default.Reading), json.Messages);

        Assert.Equal(Readings, values.Output.Received);
        Assert.Equal("{\"Sensor\":\"north\",\"Value\":1.5}", Encoding.UTF8.GetString(json.Messages[0]));
    }

    [Fact]
    public void OptionsAreUsedWhenNoContractIsGiven()
    {
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

        var json = FramingRig.RunValues(new Marshaller<Reading>(options), [Readings[0]]);
        var values = Run(new DeMarshaller<Reading>(options), json.Messages);

        Assert.Equal("{\"sensor\":\"north\",\"value\":1.5}", Encoding.UTF8.GetString(json.Messages[0]));
        Assert.Equal([Readings[0]], values.Output.Received);
    }

    [Fact]
    public void BadInputIsRejectedWithTheReasonAndTheInputAndTheNextValueIsRead()
    {
        byte[] notJson = "not json"u8.ToArray();
        byte[] wrongShape = "{\"Sensor\":3}"u8.ToArray();
        byte[] jsonNull = "null"u8.ToArray();
        var demarshaller = new DeMarshaller<Reading>(ReadingJson.Default.Reading);

        var values = Run(demarshaller, [notJson, wrongShape, jsonNull, [], "{\"Sensor\":\"east\",\"Value\":4}"u8.ToArray()]);

        Assert.Equal([new Reading("east", 4)], values.Output.Received);
        var rejections = values.Rejections.Received.Cast<Rejection>().ToList();
        Assert.Equal(4, rejections.Count);
        Assert.Equal(4, demarshaller.RejectionCount);
        Assert.Same(notJson, rejections[0].Data);
        Assert.Equal(notJson.Length, rejections[0].Length);
        Assert.Equal(demarshaller.Name, rejections[0].Component);
        Assert.StartsWith("not a Reading in JSON: ", rejections[0].Reason, StringComparison.Ordinal);
        Assert.Same(wrongShape, rejections[1].Data);
        Assert.Contains("JSON null where a Reading was expected", rejections[2].Reason, StringComparison.Ordinal);
        Assert.Empty(rejections[3].Data!);
    }

    [Fact]
    public void AValueThatCannotBeWrittenAsJsonIsAFaultNamingTheMarshallerAndTheInbox()
    {
        var marshaller = new Marshaller<double>(ReadingJson.Default.Double);

        var thrown = Assert.Throws<ComponentFaultedException>(() => FramingRig.RunValues(marshaller, [double.NaN]));

        var failure = Assert.IsType<AxonException>(thrown.InnerException);
        Assert.Contains(marshaller.Name, failure.Message, StringComparison.Ordinal);
        Assert.Contains("\"inbox\"", failure.Message, StringComparison.Ordinal);
        Assert.NotNull(failure.InnerException);
    }

    [Fact]
    public void ShutdownMicroprocessIsForwardedWithoutReadingWhatIsQueued()
    {
        var stop = new ShutdownMicroprocess();

        var values = Run(new DeMarshaller<Reading>(ReadingJson.Default.Reading), ["{\"Sensor\":\"east\",\"Value\":4}"u8.ToArray()], stop);

        Assert.Empty(values.Output.Received);
        Assert.Same(stop, Assert.Single(values.Output.Controls));
    }

    [Fact]
    public void TheBoxesAreTyped()
    {
        var marshaller = new Marshaller<Reading>(ReadingJson.Default.Reading);
        var demarshaller = new DeMarshaller<Reading>(ReadingJson.Default.Reading);

        Assert.Equal(typeof(Reading), marshaller.Inbox.ElementType);
        Assert.Equal(typeof(byte[]), marshaller.Outbox.ElementType);
        Assert.Equal(typeof(byte[]), demarshaller.Inbox.ElementType);
        Assert.Equal(typeof(Reading), demarshaller.Outbox.ElementType);
        Assert.Equal(typeof(Rejection), demarshaller.Rejected.ElementType);
    }

    private static FramingRig Run(Component component, IEnumerable<byte[]> inputs, ShutdownSignal? ending = null) =>
        FramingRig.Run(component, inputs, ending, hasRejected: true);
}
