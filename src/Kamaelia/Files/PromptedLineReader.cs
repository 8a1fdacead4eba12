using System.Text;

namespace Kamaelia.Files;

/// <summary>
/// Reads a text file a few lines at a time, only when asked (Kamaelia's PromptedFileReader in lines mode): each number
/// n on "inbox" sends the next n lines on "outbox", without their line endings; at the end of the file,
/// <see cref="Axon.ProducerFinished"/> on "signal". See <see cref="PromptedReader{T}"/> for the rules.
/// </summary>
public sealed partial class PromptedLineReader : PromptedReader<string>
{
    /// <summary>Creates the reader; the file is opened at the first request.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="encoding">The file's encoding when it has no byte order mark; UTF-8 when null.</param>
    public PromptedLineReader(string path, Encoding? encoding = null)
        : base(new FileLines(ReadFileAdaptor.ValidPath(path), encoding ?? Encoding.UTF8))
    {
    }
}
