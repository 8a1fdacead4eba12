using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Kamaelia.Samples.Tests;

/// <summary>The EchoServer sample runs as its README says, and a real TCP client gets its bytes back.</summary>
public sealed partial class EchoServerSampleTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task EchoServerPrintsItsChosenPortAndEchoesWhatAClientSends()
    {
        using var server = SampleProcess.Start("EchoServer", "--port", "0");
        try
        {
            using var timeout = new CancellationTokenSource(Bound);
            var firstLine = await server.StandardOutput.ReadLineAsync(timeout.Token);
            var listening = ListeningLine().Match(firstLine ?? "");
            Assert.True(listening.Success, $"Expected the listening line, got: {firstLine}");
            var port = int.Parse(listening.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture);

            using var client = new TcpClient(AddressFamily.InterNetwork);
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
            var stream = client.GetStream();
            var sent = "hello, echo\n"u8.ToArray();
            await stream.WriteAsync(sent, timeout.Token);
            client.Client.Shutdown(SocketShutdown.Send);

            using var received = new MemoryStream();
            await stream.CopyToAsync(received, timeout.Token);
            Assert.Equal(sent, received.ToArray());
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task EchoServerRejectsAnUnknownArgumentWithItsUsage()
    {
        using var server = SampleProcess.Start("EchoServer", "--colour", "blue");
        using var timeout = new CancellationTokenSource(Bound);
        var error = await server.StandardError.ReadToEndAsync(timeout.Token);
        await server.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, server.ExitCode);
        Assert.Contains("usage: EchoServer", error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^Echo server listening on 127\.0\.0\.1:(?<port>\d+);")]
    private static partial Regex ListeningLine();
}
