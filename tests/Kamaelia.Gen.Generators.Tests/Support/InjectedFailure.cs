using Kamaelia.Gen.Generators.Diagnostics;

namespace Kamaelia.Gen.Generators.Tests.Support;

/// <summary>Runs a generator with a failure injected at one stage, and only for that run.</summary>
internal static class InjectedFailure
{
    public static GeneratorRun At(GenerationStage stage, Func<GeneratorRun> run)
    {
        FaultInjection.FailingStage = stage;
        try
        {
            return run();
        }
        finally
        {
            FaultInjection.FailingStage = null;
        }
    }
}
