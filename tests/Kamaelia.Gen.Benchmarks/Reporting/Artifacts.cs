namespace Kamaelia.Gen.Benchmarks.Reporting;

/// <summary>Where the benchmarks keep BenchmarkDotNet's files and the tables they print.</summary>
internal static class Artifacts
{
    public static string Directory { get; } = Path.Combine(Path.GetTempPath(), "kamaelia-benchmarks");

    /// <summary>Prints a table and keeps it as a file of that name.</summary>
    public static void WriteTable(string fileName, string text)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, fileName);
        File.WriteAllText(path, text);
        Console.WriteLine();
        Console.WriteLine(text);
        Console.WriteLine($"(written to {path})");
    }
}
