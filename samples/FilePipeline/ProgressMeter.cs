using Axon;

namespace FilePipeline;

/// <summary>
/// Passes chunks of bytes on unchanged and prints a line each time another tenth of the expected total has gone
/// through, so a long run shows where it is.
/// </summary>
[Inbox<byte[]>("inbox", "Chunks of bytes")]
[Inbox("control", "ProducerFinished or ShutdownMicroprocess")]
[Outbox<byte[]>("outbox", "The same chunks")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class ProgressMeter(string stage, long expectedBytes, TextWriter output) : Component
{
    private int _tenthsReported;

    /// <summary>How many bytes have gone through.</summary>
    public long Bytes { get; private set; }

    [Handles("inbox")]
    private void OnChunk(byte[] chunk)
    {
        Bytes += chunk.Length;
        var tenths = expectedBytes == 0 ? 10 : (int)Math.Min(10, Bytes * 10 / expectedBytes);
        for (; _tenthsReported < tenths; _tenthsReported++)
        {
            output.WriteLine($"progress: {stage} {(_tenthsReported + 1) * 10}% ({Bytes / 1048576.0:F1} of {expectedBytes / 1048576.0:F1} MiB)");
        }

        Outbox.Send(chunk);
    }
}
