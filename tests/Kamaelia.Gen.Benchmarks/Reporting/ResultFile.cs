using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kamaelia.Gen.Benchmarks.Reporting;

/// <summary>
/// A run's message-passing measurements as JSON, kept beside its table, so that the chart can be drawn again from
/// a run on record (<c>--chart-from</c>) without running the suite again.
/// </summary>
public static class ResultFile
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The measurements and the chart's caption, as JSON.</summary>
    public static string Write(IReadOnlyList<Measurement> measurements, string caption) =>
        JsonSerializer.Serialize(new SavedRun(caption, [.. measurements]), s_options);

    /// <summary>Reads what <see cref="Write"/> wrote; throws with the file's name when it is not such a file.</summary>
    public static SavedRun Read(string path)
    {
        var run = JsonSerializer.Deserialize<SavedRun>(File.ReadAllText(path), s_options);
        return run is { Measurements.Count: > 0 }
            ? run
            : throw new InvalidDataException($"{path} holds no measurements: expected the kamaelia-results.json a run of the suite writes.");
    }

    /// <summary>One run's measurements and the caption its chart carries.</summary>
    public sealed record SavedRun(string Caption, IReadOnlyList<Measurement> Measurements);
}
