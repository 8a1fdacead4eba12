namespace Kamaelia.Gen.Package.Tests;

/// <summary>
/// The Kamaelia.Hosting package in a fresh project beside the generic host: it brings Kamaelia.Gen with its generator,
/// and a system it runs starts, carries messages to a component made from the container, and ends with the host.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class HostingPackageConsumerTests(PackageFixture package)
{
    private const string Program = """
        using Axon;
        using Kamaelia.Chassis;
        using Kamaelia.Hosting;
        using Kamaelia.Util;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, Args = args });
        builder.Services.AddSingleton<Prefix>(new Prefix("got"));
        builder.Services.AddKamaelia(kamaelia => kamaelia
            .AddSystem(services => new Pipeline(
                new DataSource(["one", "two"]),
                new Transformer<object, string>(item => (string)item),
                ActivatorUtilities.CreateInstance<Show>(services)))
            .Configure(options => options.StopApplicationOnCompletion = true));
        using var host = builder.Build();

        await host.RunAsync();
        Console.WriteLine("host stopped");

        public sealed record Prefix(string Text);

        [Inbox<string>("inbox")] [Inbox("control")] [Outbox("outbox")] [Outbox("signal")]
        public partial class Show(Prefix prefix) : Component
        {
            [Handles("inbox")] void OnLine(string line) => Console.WriteLine($"{prefix.Text} {line}");
        }
        """;

    [Fact]
    public void OnePackageReferenceBesideTheGenericHostRunsASystemUntilItEndsAndThenStopsTheHost()
    {
        var project = package.CreateConsoleProject("HostingConsumer", Program, "Kamaelia.Hosting", "Microsoft.Extensions.Hosting");

        var run = PackageFixture.Run(project, "run");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("got one\ngot two\nhost stopped\n", run.Output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
