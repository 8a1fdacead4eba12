namespace Kamaelia.Gen.Robustness.Tests.Support;

/// <summary>How much fuzzing to do: a quick run for every build, a long one when KAMAELIA_LONG_TESTS=1.</summary>
internal static class FuzzSettings
{
    public static bool Long { get; } = Environment.GetEnvironmentVariable("KAMAELIA_LONG_TESTS") == "1";

    /// <summary>Random edits per run: KAMAELIA_FUZZ_EDITS if set, otherwise 2,000 quick or 25,000 long.</summary>
    public static long Edits { get; } =
        long.TryParse(Environment.GetEnvironmentVariable("KAMAELIA_FUZZ_EDITS"), out var edits) && edits > 0 ? edits : Long ? 25_000 : 500;

    /// <summary>A CsCheck seed to replay (KAMAELIA_FUZZ_SEED, as printed by a failure), or null for a fresh one.</summary>
    public static string? Seed { get; } = Environment.GetEnvironmentVariable("KAMAELIA_FUZZ_SEED") is { Length: > 0 } seed ? seed : null;
}
