namespace Kamaelia.Gen.Package.Tests;

/// <summary>
/// The Kamaelia.Nats package on its own in a fresh project: it brings Kamaelia.Gen with its generator, which writes
/// the serializer of a NATS link's message type.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class NatsPackageConsumerTests(PackageFixture package)
{
    private const string Program = """
        using System.Text.Json;
        using Kamaelia.Nats;

        // Naming the link type is enough for the generator to write and register Reading's serializer.
        Console.WriteLine(typeof(NatsPublishTo<Reading>).Name);
        if (!NatsMessageTypes.TryGet<Reading>(out var reading))
        {
            Console.WriteLine("no serializer");
            return 1;
        }

        var json = JsonSerializer.Serialize(new Reading("boiler", 71.5), reading);
        Console.WriteLine(json);
        Console.WriteLine(JsonSerializer.Deserialize(json, reading));
        return 0;

        public sealed record Reading(string Sensor, double Celsius);
        """;

    [Fact]
    public void OnePackageReferenceToKamaeliaNatsGeneratesTheSerializerOfALinksMessageType()
    {
        var project = package.CreateConsoleProject("NatsConsumer", Program, packageId: "Kamaelia.Nats");

        var run = PackageFixture.Run(project, "run");

        Assert.True(run.ExitCode == 0, run.Output);
        var output = run.Output.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains("{\"Sensor\":\"boiler\",\"Celsius\":71.5}\n", output, StringComparison.Ordinal);
        Assert.Contains("Reading { Sensor = boiler, Celsius = 71.5 }\n", output, StringComparison.Ordinal);
    }
}
