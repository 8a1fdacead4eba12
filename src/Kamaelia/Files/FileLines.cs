using System.Text;

namespace Kamaelia.Files;

/// <summary>A text file as lines, without their line endings.</summary>
internal sealed class FileLines(string path, Encoding encoding) : FileItems<string>(path)
{
    private StreamReader? _reader;

    protected override ValueTask<string?> ReadNextAsync(CancellationToken cancellationToken) =>
        (_reader ??= new StreamReader(Stream, encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true)).ReadLineAsync(cancellationToken);

    public override void Dispose()
    {
        _reader?.Dispose();
        base.Dispose();
    }
}
