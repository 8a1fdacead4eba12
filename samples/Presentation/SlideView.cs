using Axon;

namespace Presentation;

/// <summary>The IMAGE of the slideshow: shows each slide it receives in a frame.</summary>
[Inbox<Slide>("inbox", "Slides to show")]
[Inbox("control", "Shutdown signals")]
[Outbox("outbox", "Not used")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class SlideView(TextWriter output) : Component
{
    /// <summary>How many slides were shown.</summary>
    public int Shown { get; private set; }

    [Handles("inbox")]
    private void OnSlide(Slide slide)
    {
        var lines = slide.Lines;
        var width = Math.Max(40, lines.Select(l => l.Length).DefaultIfEmpty(0).Max());
        output.WriteLine("+" + new string('-', width + 2) + "+");
        foreach (var line in lines)
        {
            output.WriteLine("| " + line.PadRight(width) + " |");
        }

        output.WriteLine("+" + new string('-', width + 2) + "+ " + slide.Name);
        Shown++;
    }
}
