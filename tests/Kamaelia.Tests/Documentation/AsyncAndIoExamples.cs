using Kamaelia.Chassis;
using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Documentation;

// The examples of docs/async-and-io.md. The page quotes this file; keep them equal.

[Inbox<string>("inbox", "Keys to look up")]
[Inbox("control", "ProducerFinished or ShutdownMicroprocess")]
[Outbox<string>("outbox", "The value of each key, in the order of the keys")]
[Outbox("signal", "The shutdown signal, after the last value")]
public partial class Lookup(Func<string, CancellationToken, Task<string>> fetchAsync) : Component
{
    [Handles("inbox")]
    private async Task OnKey(string key, CancellationToken cancellation) =>
        Outbox.Send(await fetchAsync(key, cancellation));   // resumes on the scheduler's thread
}

[Collection(DefaultSchedulerCollection.Name)]
public sealed class LookupTests
{
    [Fact]
    public async Task ValuesComeOutInTheOrderOfTheKeys()
    {
        static async Task<string> FetchAsync(string key, CancellationToken cancellation)
        {
            await Task.Delay(key.Length * 10, cancellation);   // the longer key takes longer
            return key + "=" + key.Length;
        }

        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var values = new ChannelSink<string>();
        var run = new Pipeline(
            new DataSource<string>(["three", "a", "bb"]),
            new Lookup(FetchAsync),
            values).RunAsync(cancellation.Token);

        var received = new List<string>();
        await foreach (var value in values.ReadAllAsync(cancellation.Token))
        {
            received.Add(value);
        }

        await run;
        Assert.Equal(["three=5", "a=1", "bb=2"], received);
    }
}
