namespace Kamaelia.Gen.Benchmarks.Reporting;

/// <summary>Where the benchmarks keep BenchmarkDotNet's files and the tables they print.</summary>
internal static class Artifacts
{
    public static string Directory { get; } = Path.Combine(Path.GetTempPath(), "kamaelia-benchmarks");

    /// <summary>Keeps a file of that name without printing it; says where.</summary>
    public static void WriteFile(string fileName, string text)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, fileName);
        File.WriteAllText(path, text);
        Console.WriteLine($"(written to {path})");
    }

    /// <summary>The repository's root: the nearest folder above this program that holds Kamaelia.Gen.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Kamaelia.Gen.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Kamaelia.Gen.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>Prints a table and keeps it as a file of that name.</summary>
    public static void WriteTable(string fileName, string text)
    {
        Console.WriteLine();
        Console.WriteLine(text);
        WriteFile(fileName, text);
    }
}
