namespace Kamaelia.Gen.Benchmarks.BuildCost;

/// <summary>What changed before a measured build.</summary>
internal enum BuildChange
{
    /// <summary>One source file touched, nothing in it changed: the compiler runs on the same code.</summary>
    Touch,

    /// <summary>One statement in a method body changed.</summary>
    BodyEdit,
}

/// <summary>One measured build of one variant of one project, in one pass.</summary>
internal sealed record BuildSample(string Project, BuildChange Change, bool AsWritten, int Pass, BuildTiming Timing);
