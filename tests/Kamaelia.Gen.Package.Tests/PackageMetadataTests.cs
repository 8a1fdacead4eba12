using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kamaelia.Gen.Package.Tests;

/// <summary>What the packages tell a package page and a user before anything is installed.</summary>
[Collection(PackageCollection.Name)]
public sealed partial class PackageMetadataTests(PackageFixture package)
{
    /// <summary>The repository the packages are published from, and the one the diagnostics' help links open.</summary>
    private const string RepositoryUrl = "https://github.com/kamaelia-gen/kamaelia-gen";

    public static TheoryData<string> Packages => new() { "Kamaelia.Gen", "Kamaelia.Nats", "Kamaelia.Hosting", "Kamaelia.Http", "Kamaelia.Templates" };

    /// <summary>Each package with the file its readme is made from and the command that installs the package.</summary>
    public static TheoryData<string, string, string> PackageReadmes => new()
    {
        { "Kamaelia.Gen", "src/Kamaelia/PackageReadme.md", "dotnet add package Kamaelia.Gen" },
        { "Kamaelia.Nats", "src/Kamaelia.Nats/PackageReadme.md", "dotnet add package Kamaelia.Nats" },
        { "Kamaelia.Hosting", "src/Kamaelia.Hosting/PackageReadme.md", "dotnet add package Kamaelia.Hosting" },
        { "Kamaelia.Http", "src/Kamaelia.Http/PackageReadme.md", "dotnet add package Kamaelia.Http" },
        { "Kamaelia.Templates", "templates/Kamaelia.Templates/PackageReadme.md", "dotnet new install Kamaelia.Templates" },
    };

    [Theory]
    [MemberData(nameof(Packages))]
    public void EachPackageDeclaresApache2AndCarriesTheLicenseText(string packageId)
    {
        using var nupkg = new PackedPackage(package.PathOf(packageId));

        var license = nupkg.Element("license");
        Assert.Equal("expression", license.Attribute("type")?.Value);
        Assert.Equal("Apache-2.0", license.Value);

        var text = nupkg.ReadText("LICENSE");
        Assert.Equal(File.ReadAllText(Path.Combine(package.RepositoryRoot, "LICENSE")).Replace("\r\n", "\n", StringComparison.Ordinal), text);
        Assert.StartsWith("Apache License\n", text.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("Version 2.0, January 2004", text, StringComparison.Ordinal);
        Assert.Contains("END OF TERMS AND CONDITIONS", text, StringComparison.Ordinal);
        Assert.Contains("Copyright Kamaelia.Gen contributors", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void EachPackageNamesTheRepositoryAndTheCommitItWasBuiltFrom(string packageId)
    {
        using var nupkg = new PackedPackage(package.PathOf(packageId));

        var repository = nupkg.Element("repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.Equal(RepositoryUrl, repository.Attribute("url")?.Value);
        Assert.Equal(GitHead(package.RepositoryRoot), repository.Attribute("commit")?.Value);
        Assert.Equal(RepositoryUrl, nupkg.Element("projectUrl").Value);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void EachPackageDescribesItselfForSearch(string packageId)
    {
        using var nupkg = new PackedPackage(package.PathOf(packageId));

        Assert.Contains("Kamaelia", nupkg.Element("description").Value, StringComparison.Ordinal);
        var tags = nupkg.Element("tags").Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("kamaelia", tags);
        Assert.Contains("components", tags);
        Assert.Equal("Kamaelia.Gen contributors", nupkg.Element("authors").Value);
    }

    [Theory]
    [MemberData(nameof(PackageReadmes))]
    public void EachPackageShowsAReadmeWrittenForUsersWhoseLinksWorkOnThePackagePage(string packageId, string readme, string install)
    {
        using var nupkg = new PackedPackage(package.PathOf(packageId));

        Assert.Equal("README.md", nupkg.Element("readme").Value);
        var text = nupkg.ReadText("README.md");
        Assert.Equal(File.ReadAllText(Path.Combine(package.RepositoryRoot, readme)).Replace("\r\n", "\n", StringComparison.Ordinal), text);
        Assert.Contains(install + "\n", text, StringComparison.Ordinal);

        // A package page has no repository around it: a relative link there leads nowhere.
        var links = MarkdownLink().Matches(text).Select(m => m.Groups["target"].Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith("https://", link, StringComparison.Ordinal));

        var intoRepository = links.Where(l => l.StartsWith(RepositoryUrl + "/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(intoRepository);
        Assert.All(intoRepository, link =>
        {
            var match = RepositoryFileLink().Match(link[RepositoryUrl.Length..]);
            Assert.True(match.Success, $"{link} is not a link to a file or folder on main");
            var path = Path.Combine(package.RepositoryRoot, match.Groups["path"].Value);
            Assert.True(File.Exists(path) || Directory.Exists(path), $"{link} names {path}, which is not in the repository");
        });
    }

    [Fact]
    public void TheDiagnosticsHelpLinksOpenPagesOfThePackagesRepository()
    {
        using var nupkg = new PackedPackage(package.PackagePath);
        var folder = Path.Combine(package.WorkDirectory, "analyzers-from-package");
        Directory.CreateDirectory(folder);
        foreach (var name in nupkg.FileNames.Where(n => n.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal) && n.EndsWith(".dll", StringComparison.Ordinal)))
        {
            using var file = File.Create(Path.Combine(folder, Path.GetFileName(name)));
            nupkg.Open(name).CopyTo(file);
        }

        // Its own context, so these copies do not meet the ones the workspace test loads; Roslyn comes from the test's.
        var context = new AssemblyLoadContext("Kamaelia.Gen analyzers from the package");
        context.Resolving += (self, name) =>
        {
            var candidate = Path.Combine(folder, name.Name + ".dll");
            return File.Exists(candidate) ? self.LoadFromAssemblyPath(candidate) : null;
        };
        var analyzers = context.LoadFromAssemblyPath(Path.Combine(folder, "Kamaelia.Gen.Analyzers.dll"))
            .GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToList();
        var descriptors = analyzers.SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => d.Id).ToList();

        Assert.Contains(descriptors, d => d.Id == "KAM001");
        Assert.All(descriptors, descriptor =>
        {
            Assert.Equal($"{RepositoryUrl}/blob/main/docs/diagnostics/{descriptor.Id}.md", descriptor.HelpLinkUri);
            Assert.True(File.Exists(Path.Combine(package.RepositoryRoot, "docs", "diagnostics", descriptor.Id + ".md")), descriptor.Id);
        });
    }

    /// <summary>The commit checked out in the repository, which a pack of it records.</summary>
    internal static string GitHead(string repositoryRoot)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git", ["rev-parse", "HEAD"])
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var git = System.Diagnostics.Process.Start(start)!;
        var head = git.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, git.StandardError.ReadToEnd());
        Assert.Matches("^[0-9a-f]{40}$", head);
        return head;
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^/(?:blob|tree)/main/(?<path>[^#?]+)")]
    private static partial Regex RepositoryFileLink();
}
