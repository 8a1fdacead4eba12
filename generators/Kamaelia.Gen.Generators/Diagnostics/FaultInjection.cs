using System;
using System.Threading;

namespace Kamaelia.Gen.Generators.Diagnostics;

/// <summary>
/// Lets tests make the generator fail at a chosen stage, to prove that a failure of its own is reported as KAM009
/// rather than hidden. Tests set it through InternalsVisibleTo; it is an AsyncLocal so that only the test that
/// sets it sees it, however many tests run the generator at once.
/// </summary>
internal static class FaultInjection
{
    private static readonly AsyncLocal<GenerationStage?> s_failingStage = new();

    public static GenerationStage? FailingStage
    {
        get => s_failingStage.Value;
        set => s_failingStage.Value = value;
    }

    public static void ThrowIfFailing(GenerationStage stage)
    {
        if (s_failingStage.Value == stage)
        {
            throw new InvalidOperationException("Failure injected while " + stage.ToString().ToLowerInvariant());
        }
    }
}
