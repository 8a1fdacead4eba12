using Axon;

namespace Kamaelia.Files;

/// <summary>
/// A file component could not open, read or write its file. The message names the component and the path; the
/// exception that the file system raised is the <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class FileException : AxonException
{
    /// <summary>Creates the exception.</summary>
    public FileException(string message, string path, Exception? innerException)
        : base(message, innerException)
    {
        Path = path;
    }

    /// <summary>The file's path, as the component was given it.</summary>
    public string Path { get; }
}
