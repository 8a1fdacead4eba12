using System.Net;

namespace Kamaelia.Internet.Udp;

/// <summary>A datagram received from the network: its bytes, owned by whoever receives it, and who sent it.</summary>
/// <param name="Payload">The datagram's bytes.</param>
/// <param name="Source">The address and port it came from.</param>
public sealed record Datagram(byte[] Payload, IPEndPoint Source);
