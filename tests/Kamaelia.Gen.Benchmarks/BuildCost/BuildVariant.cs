namespace Kamaelia.Gen.Benchmarks.BuildCost;

/// <summary>
/// One project on disk, built again and again: after its edited file is touched (nothing changed, but the compiler
/// runs), or after a statement in a method body of that file is changed back and forth.
/// </summary>
internal sealed class BuildVariant(string directory, string editedFile, string bodyStatement, string editedBodyStatement)
{
    private bool _edited;

    public string Directory { get; } = directory;

    /// <summary>The assembly a build writes (Debug, as a plain <c>dotnet build</c>).</summary>
    public string Assembly => Path.Combine(Directory, "bin", "Debug", "net10.0", BuildCostWorkspace.AssemblyName + ".dll");

    public BuildTiming Build(params string[] extraArguments) => DotnetBuild.Run(Directory, extraArguments);

    public BuildTiming TouchAndBuild()
    {
        File.SetLastWriteTimeUtc(Path.Combine(Directory, editedFile), DateTime.UtcNow);
        return Build();
    }

    public BuildTiming EditBodyAndBuild()
    {
        var path = Path.Combine(Directory, editedFile);
        var (from, to) = _edited ? (editedBodyStatement, bodyStatement) : (bodyStatement, editedBodyStatement);
        var text = File.ReadAllText(path);
        if (!text.Contains(from, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{path} has no '{from}' to edit.");
        }

        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        _edited = !_edited;
        return Build();
    }
}
