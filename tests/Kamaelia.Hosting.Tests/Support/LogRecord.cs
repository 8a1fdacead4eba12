using Microsoft.Extensions.Logging;

namespace Kamaelia.Hosting.Tests.Support;

/// <summary>One log record as a logger received it.</summary>
internal sealed record LogRecord(
    string Category,
    LogLevel Level,
    EventId EventId,
    string Message,
    IReadOnlyDictionary<string, object?> Properties,
    Exception? Exception)
{
    public object? this[string property] => Properties.TryGetValue(property, out var value) ? value : null;

    public override string ToString() => $"{Level} {Category}[{EventId.Id}] {Message}{(Exception is null ? "" : " " + Exception.GetType().Name)}";
}
