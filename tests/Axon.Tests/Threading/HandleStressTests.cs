using System.Collections.Concurrent;
using Axon.Tests.Scheduling;

namespace Axon.Tests.Threading;

/// <summary>
/// Many threads putting into and getting from one typed handle, with random queue lengths, size limits and
/// consumer speeds: every message comes out exactly once, each putter's messages in the order it put them, and
/// shutdown in the middle accounts for every put. Every wait is bounded.
/// </summary>
public sealed class HandleStressTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 12)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task EveryPutComesOutOnceAndInEachPuttersOrder(int seed)
    {
        var random = new Random(seed);
        var putters = random.Next(1, 6);
        var getters = random.Next(1, 4);
        var perPutter = random.Next(100, 2000);
        var queueLength = random.Next(1, 33);
        using var background = new RunningBackground();
        var relay = new TypedRelay<long>(perStep: random.Next(1, 9));
        relay.SetInboxSize("inbox", random.Next(3) == 0 ? null : random.Next(1, 9));
        var handle = background.Activate(new Handle<long>(relay, queueLength));

        // Each message is putter * 2^32 + sequence number.
        var putting = Enumerable.Range(0, putters).Select(p => Task.Factory.StartNew(
            () =>
            {
                for (long i = 0; i < perPutter; i++)
                {
                    handle.Put(((long)p << 32) + i);
                }
            },
            TaskCreationOptions.LongRunning)).ToArray();
        var taken = new ConcurrentBag<List<long>>();
        var getting = Enumerable.Range(0, getters).Select(_ => Task.Factory.StartNew(
            () =>
            {
                var mine = new List<long>();
                taken.Add(mine);
                try
                {
                    while (true)
                    {
                        mine.Add(handle.Get(Limits.Wait));
                    }
                }
                catch (InvalidOperationException)
                {
                    // The relay has ended and everything has been taken.
                }
            },
            TaskCreationOptions.LongRunning)).ToArray();

        await Task.WhenAll(putting).WaitAsync(Limits.Wait);
        handle.PutControl(new ProducerFinished());
        await Task.WhenAll(getting).WaitAsync(Limits.Wait);

        var all = taken.SelectMany(m => m).ToList();
        Assert.Equal(putters * perPutter, all.Count);
        Assert.Equal(putters * perPutter, all.Distinct().Count());
        foreach (var mine in taken)
        {
            // A getter takes in queue order, so what it sees of each putter rises.
            foreach (var fromOne in mine.GroupBy(m => m >> 32))
            {
                Assert.Equal(fromOne.Order(), fromOne);
            }
        }

        Assert.True(relay.MostWaiting <= (relay.GetInbox<long>("inbox").SizeLimit ?? int.MaxValue));
        Assert.Equal(0, handle.UndeliveredPuts);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task ShutdownInTheMiddleOfPutsAccountsForEveryPut(int seed)
    {
        var random = new Random(seed);
        using var background = new RunningBackground(new Scheduler { Immortal = true });
        var relay = new TypedRelay<long>(perStep: random.Next(1, 5));
        relay.SetInboxSize("inbox", random.Next(1, 9));
        var handle = background.Activate(new Handle<long>(relay, random.Next(1, 17)));
        var accepted = new long[4];
        var putting = Enumerable.Range(0, accepted.Length).Select(p => Task.Factory.StartNew(
            () =>
            {
                try
                {
                    for (long i = 0; ; i++)
                    {
                        handle.Put(((long)p << 32) + i);
                        accepted[p]++;
                    }
                }
                catch (InvalidOperationException)
                {
                    // The handle has finished: this put was refused.
                }
            },
            TaskCreationOptions.LongRunning)).ToArray();
        var got = new List<long>();
        var stopAfter = random.Next(50, 500);
        while (got.Count < stopAfter)
        {
            got.Add(handle.Get(Limits.Wait));
        }

        handle.PutControl(new ShutdownMicroprocess());
        try
        {
            while (true)
            {
                got.Add(handle.Get(Limits.Wait));
            }
        }
        catch (InvalidOperationException)
        {
            // Ended and emptied.
        }

        // A putter still waiting after the handle finished would time out here.
        await Task.WhenAll(putting).WaitAsync(Limits.Wait);

        // Every accepted put came out, waits in the stopped relay's inbox, or is counted as undelivered.
        var waiting = relay.GetInbox<long>("inbox").Peek().Count;
        Assert.Equal(accepted.Sum(), got.Count + waiting + handle.UndeliveredPuts);
        Assert.Equal(got.Count, got.Distinct().Count());
        foreach (var fromOne in got.GroupBy(m => m >> 32))
        {
            Assert.Equal(fromOne.Order(), fromOne);
        }

        Assert.Empty(background.Background.Scheduler.Faults);
    }
}
