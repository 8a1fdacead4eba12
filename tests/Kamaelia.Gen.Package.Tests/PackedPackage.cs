using System.IO.Compression;
using System.Xml.Linq;

namespace Kamaelia.Gen.Package.Tests;

/// <summary>A .nupkg or .snupkg opened for reading: its file names, files and nuspec metadata.</summary>
internal sealed class PackedPackage : IDisposable
{
    private readonly ZipArchive _archive;

    public PackedPackage(string path)
    {
        _archive = ZipFile.OpenRead(path);
        var nuspec = _archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/', StringComparison.Ordinal));
        using var stream = nuspec.Open();
        Metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    /// <summary>The nuspec's metadata element.</summary>
    public XElement Metadata { get; }

    public IReadOnlyList<string> FileNames => _archive.Entries.Select(e => e.FullName).ToList();

    /// <summary>The metadata element of that name (the nuspec's namespace depends on the NuGet version).</summary>
    public XElement Element(string name) =>
        Metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)
        ?? throw new Xunit.Sdk.XunitException($"The nuspec has no <{name}>:\n{Metadata}");

    public string ReadText(string fileName)
    {
        using var reader = new StreamReader(Open(fileName));
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>A copy of one file in memory (zip streams cannot seek, and the metadata readers need to).</summary>
    public MemoryStream Open(string fileName)
    {
        var entry = _archive.GetEntry(fileName) ?? throw new Xunit.Sdk.XunitException($"No {fileName} in the package; it has:\n{string.Join('\n', FileNames)}");
        var copy = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        return copy;
    }

    public void Dispose() => _archive.Dispose();
}
