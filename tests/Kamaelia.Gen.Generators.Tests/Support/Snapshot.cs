using System.Runtime.CompilerServices;
using System.Text;

namespace Kamaelia.Gen.Generators.Tests.Support;

/// <summary>
/// Golden files for generated code. Each expected file sits in Snapshots/ beside the tests, named after the test
/// and the generated file. On a mismatch the actual text is written next to it as a .received file and the test
/// fails with a line diff. Set KAMAELIA_ACCEPT_SNAPSHOTS=1 to accept the received text as the new expectation.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "KAMAELIA_ACCEPT_SNAPSHOTS";

    /// <summary>Checks every generated file of a run against its golden file.</summary>
    public static void Match(GeneratorRun run, string snapshotName, [CallerFilePath] string callerPath = "")
    {
        Assert.NotEmpty(run.Sources);
        foreach (var (hintName, text) in run.Sources)
        {
            Match(text, snapshotName + "#" + hintName, callerPath);
        }
    }

    /// <summary>Checks one text against its golden file.</summary>
    public static void Match(string actual, string fileName, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots");
        var expectedPath = Path.Combine(directory, fileName + ".verified.txt");
        var receivedPath = Path.Combine(directory, fileName + ".received.txt");
        var accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1";

        if (File.Exists(expectedPath) && File.ReadAllText(expectedPath) == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        if (accept)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(expectedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(receivedPath, actual);
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : null;
        Assert.Fail(expected is null
            ? $"No snapshot {expectedPath} yet. The output was written to {receivedPath}; review it, then rename it or run with {AcceptVariable}=1."
            : $"Generated text differs from {expectedPath} (written to {receivedPath}; run with {AcceptVariable}=1 to accept):\n{LineDiff.Describe(expected, actual)}");
    }
}

/// <summary>A readable line diff (longest common subsequence), enough for generated files of a few hundred lines.</summary>
internal static class LineDiff
{
    public static string Describe(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var text = new StringBuilder();
        int x = 0, y = 0, shown = 0;
        while ((x < a.Length || y < b.Length) && shown < 60)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                text.Append($"+ {y + 1,4}: {b[y]}\n");
                y++;
                shown++;
            }
            else
            {
                text.Append($"- {x + 1,4}: {a[x]}\n");
                x++;
                shown++;
            }
        }

        return text.ToString();
    }
}
