using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Kamaelia.Nats;

/// <summary>
/// The JetStream stream behind a durable link. Both ends create it if it is missing, with the same settings,
/// so either may start first.
/// </summary>
internal static class DurableStreamSettings
{
    public static StreamConfig For(string stream, string subject, TimeSpan duplicateWindow) => new(stream, [subject])
    {
        Storage = StreamConfigStorage.File,
        DuplicateWindow = duplicateWindow,
    };

    public static async Task EnsureAsync(INatsJSContext jetStream, string stream, string subject, TimeSpan duplicateWindow, CancellationToken cancel)
    {
        try
        {
            await jetStream.GetStreamAsync(stream, cancellationToken: cancel).ConfigureAwait(false);
        }
        catch (NatsJSApiException exception) when (exception.Error.Code == 404)
        {
            try
            {
                await jetStream.CreateStreamAsync(For(stream, subject, duplicateWindow), cancel).ConfigureAwait(false);
            }
            catch (NatsJSApiException raced) when (raced.Error.ErrCode == 10058)
            {
                // The other end created it at the same moment (stream name already in use): use theirs.
            }
        }
    }
}
