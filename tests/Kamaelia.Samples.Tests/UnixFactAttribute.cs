namespace Kamaelia.Samples.Tests;

/// <summary>A test that sends a POSIX signal to a sample, as Ctrl+C or a service manager does; Windows has none to send.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Sends SIGINT, which Windows does not have.";
        }
    }
}
