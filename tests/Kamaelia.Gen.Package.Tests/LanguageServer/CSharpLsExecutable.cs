namespace Kamaelia.Gen.Package.Tests.LanguageServer;

/// <summary>
/// Where csharp-ls is: the path in CSHARP_LS, or artifacts/tools/csharp-ls, where scripts/install-csharp-ls.sh
/// (run by .ci/run) installs the version docs/ide.md describes.
/// </summary>
internal static class CSharpLsExecutable
{
    public const string Version = "0.28.0";

    public const string EnvironmentVariable = "CSHARP_LS";

    public static string Find(string repositoryRoot)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return File.Exists(fromEnvironment)
                ? fromEnvironment
                : throw new InvalidOperationException($"{EnvironmentVariable} names {fromEnvironment}, which does not exist.");
        }

        var installed = Path.Combine(repositoryRoot, "artifacts", "tools", OperatingSystem.IsWindows() ? "csharp-ls.exe" : "csharp-ls");
        return File.Exists(installed)
            ? installed
            : throw new InvalidOperationException(
                $"csharp-ls was not found at {installed}, and {EnvironmentVariable} is not set. The language-server tests drive csharp-ls {Version}: " +
                $"run scripts/install-csharp-ls.sh (it runs `dotnet tool install csharp-ls --version {Version} --tool-path artifacts/tools`), " +
                $"or set {EnvironmentVariable} to a csharp-ls executable.");
    }
}
