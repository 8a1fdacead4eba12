using System.Text;
using Kamaelia.Internet.Udp;

namespace UdpChatSample;

/// <summary>How a received datagram is shown: who sent it, then its text.</summary>
internal static class ChatLine
{
    public static string Of(Datagram datagram) => $"{datagram.Source}: {Encoding.UTF8.GetString(datagram.Payload)}{Environment.NewLine}";
}
