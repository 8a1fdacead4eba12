using System.Diagnostics;

namespace Kamaelia.Gen.Package.Tests;

/// <summary>
/// Packs Kamaelia.Gen, Kamaelia.Nats, Kamaelia.Hosting, Kamaelia.Http and Kamaelia.Templates once into a local folder feed, with its own build outputs and package cache so that
/// nothing is shared with the solution's build or with an older package of the same version.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        WorkDirectory = Path.Combine(Path.GetTempPath(), "kamaelia-gen-package-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(WorkDirectory, "feed");
        Packages = Path.Combine(WorkDirectory, "packages");
        Directory.CreateDirectory(Feed);
        Pack("src/Kamaelia/Kamaelia.csproj");

        // Kamaelia.Nats, Kamaelia.Hosting and Kamaelia.Http go into the same feed: each depends on Kamaelia.Gen, the way a
        // user gets both.
        Pack("src/Kamaelia.Nats/Kamaelia.Nats.csproj");
        Pack("src/Kamaelia.Hosting/Kamaelia.Hosting.csproj");
        Pack("src/Kamaelia.Http/Kamaelia.Http.csproj");
        Pack("templates/Kamaelia.Templates/Kamaelia.Templates.csproj");

        PackagePath = Directory.GetFiles(Feed, "Kamaelia.Gen.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.Ordinal));
        Version = Path.GetFileNameWithoutExtension(PackagePath)["Kamaelia.Gen.".Length..];
    }

    public string RepositoryRoot { get; }

    public string WorkDirectory { get; }

    public string Feed { get; }

    public string Packages { get; }

    public string PackagePath { get; }

    public string Version { get; }

    /// <summary>The package of that id in the local feed: ".nupkg", or ".snupkg" for its symbols package.</summary>
    public string PathOf(string packageId, string extension = ".nupkg") => Path.Combine(Feed, $"{packageId}.{Version}{extension}");

    /// <summary>
    /// Creates a console project outside the solution that references one package from the local feed and, when
    /// given, packages a user has beside it (at the versions the repository's central package versions name).
    /// </summary>
    public string CreateConsoleProject(string name, string program, string packageId = "Kamaelia.Gen", params string[] alongside)
    {
        var otherReferences = string.Concat(alongside.Select(id => $"""

                <PackageReference Include="{id}" Version="{CentralPackageVersion(id)}" />
            """));
        var directory = Path.Combine(WorkDirectory, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{packageId}" Version="{Version}" />{otherReferences}
              </ItemGroup>
            </Project>
            """);
        WriteNuGetConfig(directory);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
        return directory;
    }

    /// <summary>
    /// Makes the projects in that folder and below restore from the local feed into the fixture's own package cache.
    /// </summary>
    public void WriteNuGetConfig(string directory) =>
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{Feed}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{Packages}" />
              </config>
            </configuration>
            """);

    /// <summary>The version Directory.Packages.props gives a package.</summary>
    public string CentralPackageVersion(string packageId) =>
        System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryRoot, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .Single(p => (string?)p.Attribute("Include") == packageId)
            .Attribute("Version")!.Value;

    /// <summary>Runs the dotnet CLI and returns its exit code and combined output.</summary>
    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments) =>
        Run(new DotnetCommand(workingDirectory, arguments));

    /// <summary>Runs the dotnet CLI with the input and environment the command gives.</summary>
    public static (int ExitCode, string Output) Run(DotnetCommand command)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = command.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = command.StandardInput is not null,
        };
        foreach (var argument in command.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A build server from the solution's own build must not serve this one.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in command.Environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (command.StandardInput is not null)
        {
            // Closing the input is the end of input a user types; the program under test waits for it.
            process.StandardInput.Write(command.StandardInput);
            process.StandardInput.Close();
        }

        if (!process.WaitForExit(command.Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', command.Arguments)} did not finish in {command.Timeout}.");
        }

        return (process.ExitCode, output.Result + error.Result);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temporary folder is left for the system to clean.
        }
    }

    /// <summary>
    /// Packs one project into the feed the way a CI server would: CI=true, so Directory.Build.props turns on
    /// ContinuousIntegrationBuild for the shipped projects, and the symbol tests see the paths a release has.
    /// </summary>
    private void Pack(string project)
    {
        var pack = Run(new DotnetCommand(RepositoryRoot, ["pack", project, "-c", "Release", "-o", Feed,
            "--artifacts-path", Path.Combine(WorkDirectory, "artifacts")])
        {
            Environment = new Dictionary<string, string?> { ["CI"] = "true" },
        });
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet pack {project} failed:\n" + pack.Output);
        }
    }

    /// <summary>The repository's root folder, recorded at build time (or found above the test assembly).</summary>
    internal static string FindRepositoryRoot()
    {
        var recorded = typeof(PackageFixture).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "Kamaelia.Gen.sln")))
        {
            return recorded;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Kamaelia.Gen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Kamaelia.Gen.sln was not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>One run of the dotnet CLI: where, with which arguments, what it reads, and environment changes (null removes).</summary>
public sealed record DotnetCommand(string WorkingDirectory, IReadOnlyList<string> Arguments)
{
    public string? StandardInput { get; init; }

    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>How long the command may take before it is killed and the test fails.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);
}
