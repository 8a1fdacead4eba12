using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kamaelia.Gen.Robustness.Tests.Support;

/// <summary>
/// One compilation of the corpus: a library source on its own, or one sample as it builds, against Axon.dll and
/// Kamaelia.dll. Parsed once; an edit replaces one of its <see cref="Files"/>.
/// </summary>
internal sealed record CorpusUnit(string Name, CSharpCompilation Compilation, ImmutableArray<SyntaxTree> Files);

/// <summary>A file of the corpus: the unit it belongs to and its parsed tree.</summary>
internal sealed record CorpusFile(CorpusUnit Unit, SyntaxTree Tree)
{
    public string Path => Tree.FilePath;

    public override string ToString() => Path;
}

/// <summary>The repository's own samples (samples/**/*.cs) and library sources (src/Kamaelia/**/*.cs), read at test time.</summary>
internal static partial class Corpus
{
    private static readonly Lazy<ImmutableArray<CorpusUnit>> s_units = new(Load);

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static ImmutableArray<CorpusUnit> Units => s_units.Value;

    public static ImmutableArray<CorpusFile> Files { get; } =
        [.. Units.SelectMany(u => u.Files.Select(t => new CorpusFile(u, t)))];

    /// <summary>The implicit usings of an SDK project with ImplicitUsings enabled, as Directory.Build.props sets.</summary>
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    private static ImmutableArray<CorpusUnit> Load()
    {
        var runtimeDirectory = System.IO.Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(System.IO.Path.PathSeparator)
            .Where(p => p.StartsWith(runtimeDirectory, StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
        var axon = MetadataReference.CreateFromFile(typeof(Axon.Component).Assembly.Location);
        var kamaelia = MetadataReference.CreateFromFile(typeof(Kamaelia.Chassis.Pipeline).Assembly.Location);

        // Samples that link processes through NATS also see Kamaelia.Nats and the NATS client, as they build.
        var nats = Directory.GetFiles(AppContext.BaseDirectory, "NATS.*.dll")
            .Append(typeof(Kamaelia.Nats.NatsMessageTypes).Assembly.Location)
            .Order(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();

        // A library file is compiled on its own against Kamaelia.dll (its own types shadow the compiled ones), so an
        // edit costs the binding of one file, not of the whole library. A sample is compiled whole, as it builds.
        // Its folder comes along as context, whole: a type taken from source and its neighbour taken from
        // Kamaelia.dll would not match. So do the other folders' files that declare only internal types, since
        // Kamaelia.dll hides those and nothing public of theirs can clash.
        var units = ImmutableArray.CreateBuilder<CorpusUnit>();
        var library = Sources(Path("src", "Kamaelia")).ToList();
        var internalOnly = library
            .Where(f => File.ReadAllText(f) is var text && text.Contains("internal ", StringComparison.Ordinal) && !PublicType().IsMatch(text))
            .ToList();
        // A type that derives from a library type of another folder may use what only the library sees of it (private
        // protected members), so that folder comes along too, as does any folder its files derive from in turn.
        var declaringFolder = library
            .SelectMany(f => DeclaredType().Matches(File.ReadAllText(f)).Select(m => (Type: m.Groups["name"].Value, Folder: System.IO.Path.GetDirectoryName(f)!)))
            .GroupBy(d => d.Type, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Folder, StringComparer.Ordinal);
        foreach (var file in library)
        {
            var folders = new HashSet<string>(StringComparer.Ordinal) { System.IO.Path.GetDirectoryName(file)! };
            for (var added = true; added;)
            {
                var bases = library
                    .Where(f => folders.Contains(System.IO.Path.GetDirectoryName(f)!))
                    .SelectMany(f => BaseType().Matches(File.ReadAllText(f)).Select(m => m.Groups["base"].Value))
                    .Where(declaringFolder.ContainsKey)
                    .Select(b => declaringFolder[b]);
                added = bases.Aggregate(false, (any, folder) => folders.Add(folder) || any);
            }

            var context = library
                .Where(f => f != file)
                .Where(f => folders.Contains(System.IO.Path.GetDirectoryName(f)!) || internalOnly.Contains(f));
            units.Add(Unit(System.IO.Path.GetRelativePath(RepositoryRoot, file), [file], [.. context], OutputKind.DynamicallyLinkedLibrary, [.. platform, axon, kamaelia]));
        }

        // The worker sample also sees Kamaelia.Hosting and the generic host's assemblies, the metrics sample the
        // OpenTelemetry SDK, the web app Kamaelia.Http and ASP.NET Core's shared framework (whose Microsoft.Extensions
        // assemblies are the ones loaded, so the copies beside the tests are left out when the framework has them).
        var aspNetCoreDirectory = System.IO.Path.GetDirectoryName(typeof(Microsoft.AspNetCore.Http.HttpContext).Assembly.Location)!;
        var aspNetCore = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(System.IO.Path.PathSeparator)
            .Where(p => p.StartsWith(aspNetCoreDirectory, StringComparison.Ordinal))
            .ToList();
        var inFramework = aspNetCore.Select(System.IO.Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var hosting = Directory.GetFiles(AppContext.BaseDirectory, "Microsoft.Extensions.*.dll")
            .Where(p => !inFramework.Contains(System.IO.Path.GetFileName(p)))
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "OpenTelemetry*.dll"))
            .Concat(aspNetCore)
            .Append(typeof(Microsoft.Extensions.DependencyInjection.KamaeliaServiceCollectionExtensions).Assembly.Location)
            .Append(typeof(Kamaelia.Http.HttpServer).Assembly.Location)
            .Order(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();

        var samples = Directory.GetDirectories(Path("samples")).OrderBy(d => d, StringComparer.Ordinal).ToList();
        foreach (var sample in samples)
        {
            // A sample that references another (GraphPicture uses Presentation) or compiles in its files
        // (DistributedWordCount) sees that one's types, not its entry point.
            var referenced = Directory.GetFiles(sample, "*.csproj")
                .SelectMany(p => File.ReadAllLines(p))
                .SelectMany(line => samples.Where(other => other != sample && line.Contains("..\\" + System.IO.Path.GetFileName(other) + "\\", StringComparison.Ordinal)))
                .Distinct()
                .SelectMany(Sources)
                .Where(f => System.IO.Path.GetFileName(f) != "Program.cs");
            units.Add(Unit(System.IO.Path.GetFileName(sample), Sources(sample), [.. referenced], OutputKind.ConsoleApplication, [.. platform, axon, kamaelia, .. nats, .. hosting]));
        }

        return units.ToImmutable();
    }

    [GeneratedRegex(@"^\s*public\s+(?:(?:sealed|static|abstract|partial|readonly|ref)\s+)*(?:class|record|struct|interface|enum|delegate)\b", RegexOptions.Multiline)]
    private static partial Regex PublicType();

    [GeneratedRegex(@"\b(?:class|record)\s+(?<name>\w+)")]
    private static partial Regex DeclaredType();

    [GeneratedRegex(@"\bclass\s+\w+(?:<[^>]*>)?(?:\([^)]*\))?\s*:\s*(?<base>\w+)")]
    private static partial Regex BaseType();

    private static IEnumerable<string> Sources(string directory) =>
        Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f))
            .OrderBy(f => f, StringComparer.Ordinal);

    private static CorpusUnit Unit(string name, IEnumerable<string> edited, IReadOnlyList<string> context, OutputKind kind, ImmutableArray<MetadataReference> references)
    {
        var files = edited.Select(Parse).ToImmutableArray();
        var usings = CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, path: name + ".GlobalUsings.g.cs", encoding: System.Text.Encoding.UTF8);
        var compilation = CSharpCompilation.Create(
            System.IO.Path.GetFileNameWithoutExtension(name),
            [.. files, .. context.Select(Parse), usings],
            references,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));
        return new CorpusUnit(name, compilation, files);
    }

    private static SyntaxTree Parse(string file) =>
        CSharpSyntaxTree.ParseText(File.ReadAllText(file), ParseOptions, path: System.IO.Path.GetRelativePath(RepositoryRoot, file), encoding: System.Text.Encoding.UTF8);

    private static bool IsBuildOutput(string file)
    {
        var parts = file.Split(System.IO.Path.DirectorySeparatorChar);
        return parts.Contains("obj") || parts.Contains("bin");
    }

    private static string Path(params string[] parts) => System.IO.Path.Combine([RepositoryRoot, .. parts]);

    private static string FindRepositoryRoot()
    {
        var recorded = typeof(Corpus).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(System.IO.Path.Combine(recorded, "Kamaelia.Gen.sln")))
        {
            return recorded;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Kamaelia.Gen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Kamaelia.Gen.sln) from " + AppContext.BaseDirectory);
    }
}
