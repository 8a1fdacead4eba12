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

    /// <summary>
    /// The exception to raise for <paramref name="failure"/>, when it is one the file system raises (it is wrapped,
    /// naming the component and the path), else null (it is raised as it is).
    /// </summary>
    internal static FileException? For(Component component, string doing, string path, Exception failure) =>
        failure is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException
            ? new FileException($"{component.Name} could not {doing} \"{path}\": {failure.Message}", path, failure)
            : null;
}
