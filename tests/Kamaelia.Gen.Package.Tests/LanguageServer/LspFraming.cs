using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Kamaelia.Gen.Package.Tests.LanguageServer;

/// <summary>
/// The LSP base protocol: every JSON-RPC message travels as a "Content-Length: n" header, a blank line, and n bytes
/// of UTF-8 JSON.
/// </summary>
internal static class LspFraming
{
    private const string ContentLength = "Content-Length";

    public static async Task WriteAsync(Stream stream, JsonNode message, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"{ContentLength}: {body.Length}\r\n\r\n");
        await stream.WriteAsync(header, cancellationToken);
        await stream.WriteAsync(body, cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    /// <summary>The next message, or null when the stream ends between messages.</summary>
    public static async Task<JsonNode?> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        int? length = null;
        while (await ReadHeaderLineAsync(stream, cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                var body = new byte[length ?? throw new InvalidDataException("An LSP message came without a Content-Length header.")];
                await stream.ReadExactlyAsync(body, cancellationToken);
                return JsonNode.Parse(body);
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals(ContentLength, StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line[(colon + 1)..].Trim(), CultureInfo.InvariantCulture);
            }
        }

        return length is null ? null : throw new EndOfStreamException("The LSP stream ended inside a message's headers.");
    }

    /// <summary>One header line without its CRLF; null at the end of the stream. Headers are ASCII and short, so a byte at a time will do.</summary>
    private static async Task<string?> ReadHeaderLineAsync(Stream stream, CancellationToken cancellationToken)
    {
        var line = new List<byte>();
        var next = new byte[1];
        while (await stream.ReadAsync(next, cancellationToken) == 1)
        {
            if (next[0] == (byte)'\n')
            {
                return Encoding.ASCII.GetString([.. line]).TrimEnd('\r');
            }

            line.Add(next[0]);
        }

        return line.Count == 0 ? null : throw new EndOfStreamException("The LSP stream ended inside a header line.");
    }
}
