using Axon;

namespace Kamaelia.Chassis;

/// <summary>Checks that components offer the standard boxes a chassis links, with a clear error when not.</summary>
internal static class StandardBoxes
{
    public static void Require(Component component, string chassis, params string[] boxes)
    {
        foreach (var box in boxes)
        {
            var present = box is "inbox" or "control" ? component.Inboxes.ContainsKey(box) : component.Outboxes.ContainsKey(box);
            if (!present)
            {
                var kind = box is "inbox" or "control" ? "inbox" : "outbox";
                throw new ArgumentException($"{chassis} links the standard {kind} \"{box}\", which {component.Name} does not have.", nameof(component));
            }
        }
    }
}
