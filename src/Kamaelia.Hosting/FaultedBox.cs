using Axon;

namespace Kamaelia.Hosting;

/// <summary>The box a fault was about, when the runtime's exception names one, so that the log can say where.</summary>
/// <param name="Direction">"inbox", "outbox", or "box" when the exception does not say.</param>
/// <param name="Name">The box's name.</param>
/// <param name="Owner">The name of the component that has the box, which need not be the one that failed.</param>
internal readonly record struct FaultedBox(string Direction, string Name, string Owner)
{
    /// <summary>The box named by the exception or, failing that, by the first of its inner exceptions that names one.</summary>
    public static FaultedBox? Find(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            var box = current switch
            {
                UnlinkedOutboxException unlinked => Of(unlinked.Box),
                NoSpaceInBoxException full => Of(full.Box),
                BoxTypeMismatchException mismatch => Of(mismatch.Box),
                EmptyInboxException empty => Of(empty.Box),
                BoxStillLinkedException linked => Of(linked.Box),
                BoxAlreadyLinkedToDestinationException alreadyLinked => Of(alreadyLinked.Box),
                UnknownBoxException unknown => new FaultedBox(DirectionName(unknown.Direction), unknown.BoxName, unknown.Component.Name),
                DuplicateBoxException duplicate => new FaultedBox("box", duplicate.BoxName, duplicate.Component.Name),
                _ => (FaultedBox?)null,
            };
            if (box is not null)
            {
                return box;
            }
        }

        return null;
    }

    private static FaultedBox Of(Box box) => new(DirectionName(box.Direction), box.Name, box.Owner.Name);

    private static string DirectionName(BoxDirection direction) => direction == BoxDirection.Inbox ? "inbox" : "outbox";
}
