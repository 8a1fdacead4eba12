using System.Text;
using Axon;

namespace Kamaelia.Files;

/// <summary>
/// Reads a text file and sends each line on "outbox" without its line ending ("\n", "\r\n" or "\r"), then
/// <see cref="ProducerFinished"/> on "signal" (Kamaelia's ReadFileAdaptor in lines mode). Reading is asynchronous and
/// paced by the consumer (see <see cref="FileSource{T}"/>); <see cref="FileSource{T}.MaxPerSecond"/> limits it to so
/// many lines a second. To read only when asked, use <see cref="PromptedLineReader"/>.
/// </summary>
public sealed class ReadFileLines : FileSource<string>
{
    private static readonly ComponentDescriptor s_declaration =
        Describe("ReadFileLines", "Each line of the file, without its line ending", "ProducerFinished at the end of the file");

    /// <summary>Creates the reader; the file is opened when it first runs.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="encoding">The file's encoding when it has no byte order mark; UTF-8 when null.</param>
    public ReadFileLines(string path, Encoding? encoding = null)
        : base(new FileLines(ReadFileAdaptor.ValidPath(path), encoding ?? Encoding.UTF8))
    {
    }

    /// <summary>The declared boxes.</summary>
    public static ComponentDescriptor Declaration => s_declaration;

    /// <inheritdoc />
    public override ComponentDescriptor Descriptor => s_declaration;
}
