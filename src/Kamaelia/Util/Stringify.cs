using System.Globalization;
using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Sends the text of everything that arrives on "inbox" on "outbox" (Kamaelia's Stringify), formatted with the
/// culture given (the invariant culture unless told otherwise, so that numbers read the same on every machine);
/// null becomes the empty string. Standard shutdown convention.
/// </summary>
[Inbox("inbox", "Anything")]
[Inbox("control", "Shutdown signals")]
[Outbox<string>("outbox", "The text of each message")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class Stringify : Component
{
    private readonly IFormatProvider _format;

    /// <summary>Creates the component.</summary>
    /// <param name="format">Formats numbers and dates; <see cref="CultureInfo.InvariantCulture"/> when null.</param>
    public Stringify(IFormatProvider? format = null) => _format = format ?? CultureInfo.InvariantCulture;

    [Handles("inbox")]
    private void OnMessage(object? message) => Outbox.Send(Convert.ToString(message, _format) ?? string.Empty);
}
