using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Kamaelia.Nats.Tests;

/// <summary>
/// A nats-server of the test's own, on a free port of 127.0.0.1 (with JetStream and a temporary store when
/// asked). It can be killed and restarted on the same port and store, and is killed when disposed.
/// </summary>
public sealed class NatsServer : IDisposable
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(15);
    private readonly string? _storeDirectory;
    private Process? _process;

    private NatsServer(bool jetStream)
    {
        Port = FreePort();
        if (jetStream)
        {
            _storeDirectory = Directory.CreateTempSubdirectory("kamaelia-nats-").FullName;
        }

        Start();
    }

    /// <summary>The port the server listens on.</summary>
    public int Port { get; }

    /// <summary>The URL clients use.</summary>
    public string Url => $"nats://127.0.0.1:{Port}";

    /// <summary>Starts a core NATS server.</summary>
    public static NatsServer StartCore() => new(jetStream: false);

    /// <summary>Starts a server with JetStream and a file store of its own.</summary>
    public static NatsServer StartJetStream() => new(jetStream: true);

    /// <summary>Ends the server abruptly (SIGKILL): nothing is flushed or closed in order.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            process.WaitForExit();
        }
    }

    /// <summary>Stops the server with SIGTERM: it drops every connection, then closes its store.</summary>
    public void Terminate()
    {
        if (_process is { HasExited: false } process)
        {
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                kill.WaitForExit();
            }

            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill();
                process.WaitForExit();
            }
        }
    }

    /// <summary>Starts the server again on the same port and store.</summary>
    public void Restart()
    {
        Kill();
        Start();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Kill();
        _process?.Dispose();
        if (_storeDirectory is not null)
        {
            try
            {
                Directory.Delete(_storeDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A temporary directory left behind is harmless.
            }
        }
    }

    private void Start()
    {
        var start = new ProcessStartInfo(Executable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-a", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        if (_storeDirectory is not null)
        {
            start.ArgumentList.Add("-js");
            start.ArgumentList.Add("-sd");
            start.ArgumentList.Add(_storeDirectory);
        }

        // The server says "Server is ready" on stderr once its listeners are open: wait for that line, bounded.
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not { } text)
            {
                return;
            }

            log.Enqueue(text);
            if (text.Contains("Server is ready", StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        };
        _process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException(
            $"nats-server exited at start (port {Port}):\n{string.Join('\n', log)}"));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        if (!ready.Task.Wait(s_startTimeout))
        {
            throw new TimeoutException(
                $"nats-server did not report ready on port {Port} within {s_startTimeout.TotalSeconds} s:\n{string.Join('\n', log)}");
        }
    }

    private static string Executable()
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/sbin", "/usr/bin", "/usr/local/bin"]);
        foreach (var directory in directories)
        {
            var candidate = Path.Combine(directory, "nats-server");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            "nats-server was not found on PATH (nor in /usr/sbin, /usr/bin, /usr/local/bin). The Kamaelia.Nats tests start their own servers: " +
            "run scripts/install-nats-server.sh first.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
