using System.Net.NetworkInformation;

namespace Kamaelia.Tests.Internet;

/// <summary>Waits for conditions that other threads make true, failing the test when one does not hold in time.</summary>
internal static class Eventually
{
    public static void True(Func<bool> condition, string what)
    {
        if (!SpinWait.SpinUntil(condition, Peer.Bound))
        {
            Assert.Fail($"Not true within {Peer.Bound}: {what}.");
        }
    }

    /// <summary>
    /// What the operating system says: nothing listens on the port and no socket on this machine's side of it is
    /// still open (a leaked server socket would stay established, or wait in CLOSE_WAIT).
    /// </summary>
    public static bool NoServerSocketsOnPort(int port)
    {
        var properties = IPGlobalProperties.GetIPGlobalProperties();
        return !properties.GetActiveTcpListeners().Any(listener => listener.Port == port)
            && !properties.GetActiveTcpConnections().Any(connection => connection.LocalEndPoint.Port == port
                && connection.State is TcpState.Established or TcpState.CloseWait or TcpState.SynReceived);
    }
}
