using Axon;

namespace Presentation;

/// <summary>The IMAGE of the slideshow: shows each slide it receives (a text file) in a frame.</summary>
[Inbox<string>("inbox", "Paths of slides to show")]
[Inbox("control", "Shutdown signals")]
[Outbox("outbox", "Not used")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class SlideView(TextWriter output) : Component
{
    /// <summary>How many slides were shown.</summary>
    public int Shown { get; private set; }

    [Handles("inbox")]
    private void OnSlide(string path)
    {
        var lines = File.ReadAllLines(path);
        var width = Math.Max(40, lines.Select(l => l.Length).DefaultIfEmpty(0).Max());
        output.WriteLine("+" + new string('-', width + 2) + "+");
        foreach (var line in lines)
        {
            output.WriteLine("| " + line.PadRight(width) + " |");
        }

        output.WriteLine("+" + new string('-', width + 2) + "+ " + Path.GetFileNameWithoutExtension(path));
        Shown++;
    }
}
