using Axon;

namespace Kamaelia.Files;

/// <summary>Names the component and the path in what the file system raises.</summary>
internal static class FileErrors
{
    /// <summary>
    /// The exception to raise for <paramref name="failure"/>, when it is one the file system raises (it is wrapped in a
    /// <see cref="FileException"/> naming the component and the path), else null (it is raised as it is).
    /// </summary>
    public static FileException? Named(Component component, string doing, string path, Exception failure) =>
        failure is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException
            ? new FileException($"{component.Name} could not {doing} \"{path}\": {failure.Message}", path, failure)
            : null;
}
