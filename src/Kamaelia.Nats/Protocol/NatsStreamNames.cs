using System.Text;

namespace Kamaelia.Nats;

/// <summary>
/// The JetStream stream a durable link uses when none is named: both ends derive it from the subject, so a
/// publisher and a subscriber started separately agree without configuration.
/// </summary>
internal static class NatsStreamNames
{
    public static string ForSubject(string subject)
    {
        var name = new StringBuilder("KAMAELIA_", subject.Length + 9);
        foreach (var c in subject)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? char.ToUpperInvariant(c) : '_');
        }

        return name.ToString();
    }
}
