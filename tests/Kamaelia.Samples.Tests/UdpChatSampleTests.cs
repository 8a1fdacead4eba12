using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Kamaelia.Samples.Tests;

/// <summary>The UdpChat sample runs as its README says: lines typed go to the other peer, and what it sends is printed.</summary>
public sealed partial class UdpChatSampleTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task LinesTypedReachTheOtherPeerAndWhatItSendsIsPrintedWithItsSource()
    {
        using var otherPeer = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var otherEndPoint = (IPEndPoint)otherPeer.Client.LocalEndPoint!;
        using var chat = SampleProcess.StartWithInput("UdpChat", "--port", "0", "--to", otherEndPoint.ToString());
        try
        {
            using var timeout = new CancellationTokenSource(Bound);
            var firstLine = await chat.StandardOutput.ReadLineAsync(timeout.Token);
            var listening = ListeningLine().Match(firstLine ?? "");
            Assert.True(listening.Success, $"Expected the listening line, got: {firstLine}");
            var chatEndPoint = new IPEndPoint(IPAddress.Loopback, int.Parse(listening.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture));

            await chat.StandardInput.WriteLineAsync("hello from the chat".AsMemory(), timeout.Token);
            await chat.StandardInput.FlushAsync(timeout.Token);
            var heard = await otherPeer.ReceiveAsync(timeout.Token);
            Assert.Equal("hello from the chat", Encoding.UTF8.GetString(heard.Buffer));
            Assert.Equal(chatEndPoint, heard.RemoteEndPoint);

            await otherPeer.SendAsync("hello back"u8.ToArray(), chatEndPoint, timeout.Token);
            Assert.Equal($"{otherEndPoint}: hello back", await chat.StandardOutput.ReadLineAsync(timeout.Token));

            // The end of the input sends what is left and ends the program.
            await chat.StandardInput.WriteLineAsync("goodbye".AsMemory(), timeout.Token);
            chat.StandardInput.Close();
            Assert.Equal("goodbye", Encoding.UTF8.GetString((await otherPeer.ReceiveAsync(timeout.Token)).Buffer));
            await chat.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, chat.ExitCode);
        }
        finally
        {
            if (!chat.HasExited)
            {
                chat.Kill(entireProcessTree: true);
                await chat.WaitForExitAsync();
            }
        }
    }

    [Fact]
    public void WithoutAPeerToTalkToItPrintsItsUsage()
    {
        var (exitCode, output) = SampleProcess.Run("UdpChat", "", "--port", "0");

        Assert.Equal(2, exitCode);
        Assert.Contains("usage: UdpChat", output, StringComparison.Ordinal);
    }

    [Fact]
    public void APortInUseIsReportedWithTheEndpoint()
    {
        using var holder = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var taken = ((IPEndPoint)holder.Client.LocalEndPoint!).Port;

        var (exitCode, output) = SampleProcess.Run("UdpChat", "", "--port", taken.ToString(System.Globalization.CultureInfo.InvariantCulture), "--to", "127.0.0.1:9");

        Assert.Equal(1, exitCode);
        Assert.Contains($"127.0.0.1:{taken}", output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^UDP chat on 127\.0\.0\.1:(?<port>\d+), talking to ")]
    private static partial Regex ListeningLine();
}
