// Three components in a chain: a source of lines, a transformer, a printer. The fourth component,
// LineChain, is the parent that links them and ends when they have all ended. Shutdown cascades along
// signal -> control, as in Kamaelia.
using Axon;
using FirstPipeline;

var lines = args.Length > 0
    ? args
    : ["components talk only through their boxes", "links join an outbox to an inbox", "the scheduler runs each in turn"];

new LineChain(new LineSource(lines), new Capitalise(), new Printer(Console.Out)).Run(new Scheduler());
