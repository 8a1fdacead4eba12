namespace Kamaelia.Tests.Files;

/// <summary>A directory of its own for one test, deleted with what is in it when the test ends.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        System.IO.Directory.CreateDirectory(Path);
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kamaelia-files-" + Guid.NewGuid().ToString("N"));

    /// <summary>The path of <paramref name="name"/> in the directory.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="name"/> and returns its path.</summary>
    public string Write(string name, byte[] bytes)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Bytes 0, 1, ..., 250, 0, 1, ...: any run of them shows where it came from.</summary>
    public static byte[] Numbered(int length) => [.. Enumerable.Range(0, length).Select(i => (byte)(i % 251))];

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still closing on another thread: the temporary directory is left for the system to clear.
        }
    }
}
