using Axon;
using Kamaelia.Chassis;
using Kamaelia.Util;

namespace Presentation;

/// <summary>Builds the slideshow: Kamaelia's presentation Graphline, with the same names and the same five linkages.</summary>
public static class SlideShow
{
    /// <summary>The slideshow graph over the given slides, showing them on <paramref name="output"/>.</summary>
    public static Graphline Create(IReadOnlyList<Slide> slides, TextWriter output) => new(
        components: new()
        {
            ["CHOOSER"] = new Chooser<Slide>(slides),
            ["IMAGE"] = new SlideView(output),
            ["NEXT"] = new Button("Next", msg: "NEXT", key: 'n'),
            ["PREVIOUS"] = new Button("Previous", msg: "PREV", key: 'p'),
            ["FIRST"] = new Button("First", msg: "FIRST", key: 'f'),
            ["LAST"] = new Button("Last", msg: "LAST", key: 'l'),
        },
        linkages: new()
        {
            [("NEXT", "outbox")] = ("CHOOSER", "inbox"),
            [("PREVIOUS", "outbox")] = ("CHOOSER", "inbox"),
            [("FIRST", "outbox")] = ("CHOOSER", "inbox"),
            [("LAST", "outbox")] = ("CHOOSER", "inbox"),
            [("CHOOSER", "outbox")] = ("IMAGE", "inbox"),
        });

    /// <summary>The bundled slides' files, in order.</summary>
    public static string[] BundledSlides() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "slides"), "*.txt").Order(StringComparer.Ordinal).ToArray();
}
