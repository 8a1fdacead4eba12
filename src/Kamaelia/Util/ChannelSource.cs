using System.Threading.Channels;
using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Brings what is written to a channel into a graph: reads from a <see cref="ChannelReader{T}"/> only while the
/// inbox "outbox" leads to has room (so a bounded channel holds its writers back when the graph is slow), sends each
/// item on "outbox", and when the channel is completed sends <see cref="ProducerFinished"/> on "signal". A channel
/// completed with an exception makes that exception a fault of this component. <see cref="ShutdownMicroprocess"/> on
/// "control" stops it at once, leaving unread items in the channel. See <see cref="AsyncSource{T}"/> for the rules.
/// </summary>
/// <typeparam name="T">The items' type.</typeparam>
public sealed class ChannelSource<T> : AsyncSource<T>
{
    private static readonly ComponentDescriptor s_declaration = Describe("ChannelSource");

    private readonly ChannelReader<T> _reader;

    /// <summary>Creates the source over a channel's reader.</summary>
    public ChannelSource(ChannelReader<T> reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
    }

    /// <summary>The declared boxes.</summary>
    public static ComponentDescriptor Declaration => s_declaration;

    /// <inheritdoc />
    public override ComponentDescriptor Descriptor => s_declaration;

    private protected override ValueTask<bool> WaitForItemAsync(CancellationToken cancellationToken) =>
        _reader.WaitToReadAsync(cancellationToken);

    // Reading takes nothing from the channel until there is room for it, so a stop leaves every unread item there.
    private protected override bool TryTake(bool stopping, out T item)
    {
        if (stopping)
        {
            item = default!;
            return false;
        }

        return _reader.TryRead(out item!);
    }

    private protected override ValueTask CloseAsync() => ValueTask.CompletedTask;

    private protected override void Abandon()
    {
    }
}
