namespace Kamaelia.Samples.Tests;

/// <summary>Every sample runs end to end, as its README paragraph says, with its output checked.</summary>
public sealed class SampleTests
{
    [Fact]
    public void HelloEchoesRedirectedInputAndExitsAtItsEnd()
    {
        var (exitCode, output) = SampleProcess.Run("Hello", "first line\nsecond line\n");

        Assert.Equal(0, exitCode);
        Assert.Equal("first line\nsecond line\n", output);
    }

    [Fact]
    public void MyComponentPassesDataThroughBothStylesOfComponent()
    {
        var (exitCode, output) = SampleProcess.Run("MyComponent");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("hello from a DataSource\nthrough MyComponent (a Main iterator)\nand MyHandlerComponent (generated loop)\n", output, StringComparison.Ordinal);
        Assert.Contains("MyComponent declares: MyComponent [inbox inbox: string, inbox control: object, outbox outbox: string, outbox signal: object]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void WordCountCountsTheBundledFilesAndReportsProgressAndBackpressure()
    {
        var (exitCode, output) = SampleProcess.Run("WordCount");

        Assert.Equal(0, exitCode);
        Assert.Contains("progress: read components.txt: 7 lines\n", output, StringComparison.Ordinal);
        Assert.Contains("progress: read scheduler.txt: 7 lines\n", output, StringComparison.Ordinal);
        Assert.Contains("progress: read shutdown.txt: 6 lines\n", output, StringComparison.Ordinal);
        Assert.Matches(@"\d+ different words; the 8 most frequent:\n  the +\d+\n", output);
        Assert.Contains("word lengths:\n", output, StringComparison.Ordinal);
        Assert.Matches(@"backpressure: the reader waited [1-9]\d* times for the tokenizer", output);
    }

    [Fact]
    public void WordCountCountsTheFilesItIsGiven()
    {
        var file = Path.Combine(Path.GetTempPath(), $"wordcount-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "b a b c b a\n");
        try
        {
            var (exitCode, output) = SampleProcess.Run("WordCount", "", file);

            Assert.Equal(0, exitCode);
            Assert.Contains("3 different words; the 8 most frequent:\n  b               3\n  a               2\n  c               1\n", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void FilePipelinePacksAndUnpacksALargeFileShowingProgressAndVerifiesIt()
    {
        var (exitCode, output) = SampleProcess.Run("FilePipeline");

        Assert.Equal(0, exitCode);
        foreach (var stage in new[] { "pack", "unpack" })
        {
            for (var percent = 10; percent <= 100; percent += 10)
            {
                Assert.Contains($"progress: {stage} {percent}% (", output, StringComparison.Ordinal);
            }
        }

        Assert.Matches(@"packed (\d+) bytes into \d+ bytes of frames\n", output);
        Assert.Matches(@"unpacked 256 frames \(0 rejected\) into \d+ bytes\n", output);
        Assert.Contains("verified: the output is the input in upper case\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void FilePipelineWritesTheFileItIsGivenInUpperCase()
    {
        var directory = Directory.CreateTempSubdirectory("file-pipeline-test-");
        try
        {
            var input = Path.Combine(directory.FullName, "in.txt");
            var output = Path.Combine(directory.FullName, "out.txt");
            File.WriteAllText(input, "Mixed Case, ümlaut\nand a second line\n");

            var (exitCode, printed) = SampleProcess.Run("FilePipeline", "", input, output);

            Assert.Equal(0, exitCode);
            Assert.Equal("MIXED CASE, üMLAUT\nAND A SECOND LINE\n", File.ReadAllText(output));
            Assert.Contains("unpacked 1 frames (0 rejected)", printed, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void PresentationPlaysItsScriptOverTheBundledSlidesWhenThereIsNoTerminal()
    {
        var (exitCode, output) = SampleProcess.Run("Presentation");

        Assert.Equal(0, exitCode);

        // The script "nnplfq": first slide at start, then next, next, previous, last, first, quit.
        var shown = output.Split('\n').Where(l => l.StartsWith('+') && l.Contains("+ ", StringComparison.Ordinal)).Select(l => l[(l.LastIndexOf("+ ", StringComparison.Ordinal) + 2)..]).ToList();
        Assert.Equal(["1-title", "2-boxes", "3-graph", "2-boxes", "4-end", "1-title"], shown);
    }

    [Fact]
    public void GraphPicturePrintsThePresentationGraphAsMermaid()
    {
        var (exitCode, output) = SampleProcess.Run("GraphPicture");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("flowchart LR\n", output, StringComparison.Ordinal);
        foreach (var node in new[] { "CHOOSER", "IMAGE", "NEXT", "PREVIOUS", "FIRST", "LAST" })
        {
            Assert.Contains(node + ": ", output, StringComparison.Ordinal);
        }

        Assert.Equal(5, output.Split('\n').Count(l => l.Contains("-- \"outbox → inbox\" -->", StringComparison.Ordinal)));
    }

    [Fact]
    public void GraphPicturePrintsDotWhenAsked()
    {
        var (exitCode, output) = SampleProcess.Run("GraphPicture", "", "--dot");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("digraph ", output, StringComparison.Ordinal);
        Assert.Equal(5, output.Split('\n').Count(l => l.Contains(" -> ", StringComparison.Ordinal)));
    }
}
