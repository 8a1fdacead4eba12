namespace Kamaelia.Nats;

/// <summary>Checks NATS subjects before a link uses one, so a bad subject fails where it is written.</summary>
internal static class NatsSubjects
{
    /// <summary>Null when <paramref name="subject"/> is usable, else why not.</summary>
    public static string? Problem(string subject, bool allowWildcards)
    {
        if (string.IsNullOrEmpty(subject))
        {
            return "the subject is empty";
        }

        var tokens = subject.Split('.');
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Length == 0)
            {
                return $"subject '{subject}' has an empty token (subjects are dot-separated words)";
            }

            if (token.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            {
                return $"subject '{subject}' contains white space";
            }

            var wildcard = token is "*" || (token is ">" && i == tokens.Length - 1);
            if (wildcard && !allowWildcards)
            {
                return $"subject '{subject}' has a wildcard, which only a core subscriber may use";
            }

            if (!wildcard && (token.Contains('*') || token.Contains('>')))
            {
                return $"subject '{subject}' uses '*' or '>' inside a token (they are wildcards only as a whole token, '>' only last)";
            }
        }

        return null;
    }
}
