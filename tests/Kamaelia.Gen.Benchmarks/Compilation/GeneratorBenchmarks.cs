using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kamaelia.Gen.Benchmarks.Compilation;

/// <summary>
/// The component generator on the 1,000-component project: a full run (a build, or the first run in an IDE), and
/// the incremental runs that follow an edit in an IDE, one inside a method body and one renaming a box.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _ranOnce = null!;
    private SyntaxTree _original = null!;
    private SyntaxTree _bodyEdited = null!;
    private SyntaxTree _boxRenamed = null!;

    [GlobalSetup]
    public void Setup()
    {
        var trees = SyntheticProject.Create(ProjectSizes.Benchmark).Files.Select(KamaeliaToolchain.Parse).ToList();
        _compilation = KamaeliaToolchain.Compile(trees);
        _original = trees[0];
        _bodyEdited = ProjectEdits.EditMethodBody(_original);
        _boxRenamed = ProjectEdits.RenameBox(_original);
        _ranOnce = KamaeliaToolchain.NewDriver().RunGenerators(_compilation);
    }

    /// <summary>A fresh driver on a fresh compilation (a clone has no symbols bound yet), as in a build.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver FullRun() => KamaeliaToolchain.NewDriver().RunGenerators(_compilation.Clone());

    /// <summary>The driver has run once; one statement of one handler changed.</summary>
    [Benchmark]
    public GeneratorDriver AfterMethodBodyEdit() => _ranOnce.RunGenerators(_compilation.ReplaceSyntaxTree(_original, _bodyEdited));

    /// <summary>The driver has run once; one box of one component renamed.</summary>
    [Benchmark]
    public GeneratorDriver AfterBoxRename() => _ranOnce.RunGenerators(_compilation.ReplaceSyntaxTree(_original, _boxRenamed));
}
