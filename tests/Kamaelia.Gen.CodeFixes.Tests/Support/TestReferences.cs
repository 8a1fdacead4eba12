using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Kamaelia.Gen.CodeFixes.Tests.Support;

/// <summary>
/// What the test compilations reference, found on this machine: the assemblies of the running .NET runtime,
/// Axon.dll, Kamaelia.dll and Kamaelia.Nats.dll (with the NATS client it exposes). Nothing is downloaded (the
/// testing library's ReferenceAssemblies.Net.* would fetch reference packages from a feed at test time, which CI
/// cannot reach).
/// </summary>
internal static class TestReferences
{
    /// <summary>Reference assemblies with no package: the library resolves nothing, so it never goes to a feed.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    /// <summary>The runtime's assemblies, Axon, Kamaelia and Kamaelia.Nats, loaded once for every test.</summary>
    public static ImmutableArray<MetadataReference> All { get; } = Load();

    private static ImmutableArray<MetadataReference> Load()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), runtimeDirectory, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        return
        [
            .. trusted.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
            MetadataReference.CreateFromFile(typeof(Axon.Component).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Kamaelia.Chassis.Pipeline).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Kamaelia.Nats.NatsMessageTypes).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(NATS.Client.Core.NatsOpts).Assembly.Location),
        ];
    }
}
