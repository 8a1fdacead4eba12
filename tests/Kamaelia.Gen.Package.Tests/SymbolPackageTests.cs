using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;

namespace Kamaelia.Gen.Package.Tests;

/// <summary>
/// The symbols packages (.snupkg) that a symbol server serves to debuggers: a pdb for every assembly the package
/// puts in lib/, matching it, and mapping each source file to the repository at the commit built (SourceLink).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class SymbolPackageTests(PackageFixture package)
{
    private const string RawContentOfTheRepository = "https://raw.githubusercontent.com/kamaelia-gen/kamaelia-gen/";

    /// <summary>The SourceLink custom debug information's kind (the portable pdb specification).</summary>
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    /// <summary>The embedded source custom debug information's kind.</summary>
    private static readonly Guid EmbeddedSourceKind = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    public static TheoryData<string, string[]> PackagesAndTheirAssemblies => new()
    {
        { "Kamaelia.Gen", ["Axon", "Kamaelia"] },
        { "Kamaelia.Nats", ["Kamaelia.Nats"] },
        { "Kamaelia.Hosting", ["Kamaelia.Hosting"] },
        { "Kamaelia.Http", ["Kamaelia.Http"] },
    };

    [Theory]
    [MemberData(nameof(PackagesAndTheirAssemblies))]
    public void TheSymbolsPackageHasThePdbOfEveryAssemblyInLibAndEachMatchesItsAssembly(string packageId, string[] assemblies)
    {
        using var nupkg = new PackedPackage(package.PathOf(packageId));
        using var snupkg = new PackedPackage(package.PathOf(packageId, ".snupkg"));

        var assembliesInLib = nupkg.FileNames.Where(n => n.StartsWith("lib/", StringComparison.Ordinal) && n.EndsWith(".dll", StringComparison.Ordinal)).Order().ToList();
        Assert.Equal(assemblies.Select(a => $"lib/net10.0/{a}.dll").Order(), assembliesInLib);
        var pdbs = snupkg.FileNames.Where(n => n.EndsWith(".pdb", StringComparison.Ordinal)).Order().ToList();
        Assert.Equal(assembliesInLib.Select(a => Path.ChangeExtension(a, ".pdb")), pdbs);

        foreach (var assembly in assembliesInLib)
        {
            // A debugger takes a pdb only when its id is the one the assembly records.
            using var pe = new PEReader(nupkg.Open(assembly));
            var codeView = pe.ReadDebugDirectory().Single(e => e.Type == DebugDirectoryEntryType.CodeView);
            var recorded = pe.ReadCodeViewDebugDirectoryData(codeView);
            Assert.Equal(Path.GetFileNameWithoutExtension(assembly) + ".pdb", Path.GetFileName(recorded.Path));

            using var pdb = MetadataReaderProvider.FromPortablePdbStream(snupkg.Open(Path.ChangeExtension(assembly, ".pdb")));
            var id = new BlobContentId(pdb.GetMetadataReader().DebugMetadataHeader!.Id);
            Assert.Equal(recorded.Guid, id.Guid);
            Assert.Equal(codeView.Stamp, id.Stamp);
        }
    }

    [Theory]
    [MemberData(nameof(PackagesAndTheirAssemblies))]
    public void EveryPdbMapsItsSourcesToTheRepositoryAtTheCommitTheNuspecNames(string packageId, string[] assemblies)
    {
        using var nupkg = new PackedPackage(package.PathOf(packageId));
        using var snupkg = new PackedPackage(package.PathOf(packageId, ".snupkg"));
        var commit = nupkg.Element("repository").Attribute("commit")?.Value;
        Assert.NotNull(commit);

        foreach (var assembly in assemblies)
        {
            using var provider = MetadataReaderProvider.FromPortablePdbStream(snupkg.Open($"lib/net10.0/{assembly}.pdb"));
            var pdb = provider.GetMetadataReader();

            // The CI build maps the repository to /_/, and SourceLink maps /_/ to the repository's files at the commit.
            var sourceLink = pdb.GetCustomDebugInformation(EntityHandle.ModuleDefinition)
                .Select(pdb.GetCustomDebugInformation)
                .Single(i => pdb.GetGuid(i.Kind) == SourceLinkKind);
            using var json = JsonDocument.Parse(pdb.GetBlobBytes(sourceLink.Value));
            var documents = json.RootElement.GetProperty("documents").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
            Assert.Equal(new Dictionary<string, string?> { ["/_/*"] = RawContentOfTheRepository + commit + "/*" }, documents);

            var sources = pdb.Documents.Select(d => (Handle: d, Path: pdb.GetString(pdb.GetDocument(d).Name))).ToList();
            var fromTheRepository = sources.Where(s => s.Path.StartsWith("/_/", StringComparison.Ordinal) && !IsEmbedded(pdb, s.Handle)).ToList();
            Assert.Contains(fromTheRepository, s => s.Path.StartsWith($"/_/src/{assembly}/", StringComparison.Ordinal));
            Assert.All(sources, source =>
            {
                if (IsEmbedded(pdb, source.Handle))
                {
                    return;
                }

                // Not embedded, so a debugger fetches it through SourceLink: it has to be a file the commit has.
                Assert.StartsWith("/_/", source.Path, StringComparison.Ordinal);
                Assert.True(File.Exists(Path.Combine(package.RepositoryRoot, source.Path["/_/".Length..])), $"{assembly}.pdb maps {source.Path}, which is not in the repository");
            });
        }
    }

    private static bool IsEmbedded(MetadataReader pdb, DocumentHandle document) =>
        pdb.GetCustomDebugInformation(document).Any(i => pdb.GetGuid(pdb.GetCustomDebugInformation(i).Kind) == EmbeddedSourceKind);
}
