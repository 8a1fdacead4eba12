// Kamaelia's presentation tool in a terminal: a Chooser of slides, a view, and four buttons (n/→ next,
// p/← previous, f/Home first, l/End last, q/Esc quit). Key presses are published on a Backplane that the
// buttons subscribe to. With no terminal (input or output redirected, or --script), it plays a scripted
// sequence of presses over the bundled slides and exits.
using Axon;
using Kamaelia.Chassis;
using Presentation;

var scripted = args.Contains("--script") || Console.IsInputRedirected || Console.IsOutputRedirected;
var files = args.Where(a => a != "--script").ToArray() is { Length: > 0 } given ? given : SlideShow.BundledSlides();
var slides = files.Select(Slide.Load).ToArray();

var keysBackplane = new Backplane(KeyPresses.Backplane);
Component keys = scripted ? new ScriptedKeys("nnplfq", () => keysBackplane.SubscriberCount == 4) : new Keyboard();

new Graphline(
    components: new()
    {
        ["KEYS"] = keys,
        ["PUBLISH"] = new PublishTo(KeyPresses.Backplane),
        ["BACKPLANE"] = keysBackplane,
        ["SLIDESHOW"] = SlideShow.Create(slides, Console.Out),
    },
    linkages: new()
    {
        [("KEYS", "outbox")] = ("PUBLISH", "inbox"),
        [("KEYS", "signal")] = ("PUBLISH", "control"),
        [("PUBLISH", "signal")] = ("BACKPLANE", "control"),
        [("BACKPLANE", "signal")] = ("SLIDESHOW", "control"),
    }).Run(new Scheduler());
