using Axon;

namespace DistributedWordCount;

/// <summary>
/// Counts the words that pass and folds them, in order, into a 64-bit FNV-1a digest; when the stream finishes
/// it reports both. The producer and the worker each print one, so equal lines prove that every word crossed,
/// once and in order.
/// </summary>
[Inbox<object>("inbox", "Words")]
[Inbox("control", "Shutdown signals")]
[Outbox<string>("outbox", "The count and digest")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class WordDigest(string role) : Component
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;
    private ulong _digest = OffsetBasis;
    private long _words;

    [Handles("inbox")]
    private void OnWord(object word)
    {
        foreach (var c in (string)word)
        {
            _digest = (_digest ^ c) * Prime;
        }

        // A separator, so that "ab","c" and "a","bc" differ.
        _digest = (_digest ^ 0xFFFF) * Prime;
        _words++;
    }

    partial void OnShutdown() => Outbox.Send($"{role}: {_words} words, digest {_digest:x16}\n");
}
