using Kamaelia.Reliability.Tests.Support;
using Kamaelia.Util;
using Xunit.Abstractions;

namespace Kamaelia.Reliability.Tests;

/// <summary>
/// Handles and ThreadedComponents hammered from 8 threads at once (puts, gets, activation and links, shutdown):
/// no message lost or duplicated, no deadlock (every wait is bounded).
/// </summary>
public sealed class ConcurrencyTests(ITestOutputHelper output)
{
    private const int Threads = 8;
    private static readonly int s_perThread = Mode.Iterations(2000, 10);

    public static TheoryData<bool> Wrapped => [false, true];

    [Theory]
    [MemberData(nameof(Wrapped))]
    public void EightThreadsPuttingThroughOneHandleLoseAndDuplicateNothing(bool threaded)
    {
        using var background = new Background().Start();
        Component inner = threaded ? new ThreadedRelay(3) : new PassThrough();
        inner.SetInboxSize("inbox", 4);
        var handle = background.Activate(new Handle(inner));
        using var start = new Barrier(Threads + 1);
        var putters = Enumerable.Range(0, Threads).Select(t => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait(Bounded.Limit);
            for (var i = 0; i < s_perThread; i++)
            {
                handle.Put(new Msg(t, i));
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        var received = new List<Msg>();
        var getter = Task.Factory.StartNew(() =>
        {
            for (var i = 0; i < Threads * s_perThread; i++)
            {
                received.Add((Msg)handle.Get("outbox", Bounded.Limit)!);
            }
        }, TaskCreationOptions.LongRunning);
        start.SignalAndWait(Bounded.Limit);
        Task.WhenAll(putters).Within("the putters");
        getter.Within("the getter");
        handle.Put(new Axon.ProducerFinished(), "control");
        Assert.IsType<Axon.ProducerFinished>(handle.Get("signal", Bounded.Limit));

        Assert.Equal(Threads * s_perThread, received.Count);
        foreach (var group in received.GroupBy(m => m.Origin))
        {
            Assert.Equal(Enumerable.Range(0, s_perThread), group.Select(m => m.Seq));
        }

        Assert.Null(background.Fault);
        output.WriteLine($"threaded={threaded} threads={Threads} messages={received.Count}");
    }

    [Fact]
    public void EightThreadsEachActivatingAHandleAndShuttingItDownWhilePuttingAccountForEveryPut()
    {
        using var background = new Background(new Scheduler { Immortal = true }).Start();
        long attempted = 0, delivered = 0, stranded = 0, undelivered = 0, refused = 0;
        var workers = Enumerable.Range(0, Threads).Select(t => Task.Factory.StartNew(() =>
        {
            for (var round = 0; round < Mode.Iterations(25, 10); round++)
            {
                Component inner = (round + t) % 2 == 0 ? new ThreadedRelay(2) : new Relay();
                var handle = background.Activate(new Handle(inner));
                var putsBeforeStop = (round * 7 + t) % 40;
                var put = 0;
                for (var i = 0; i < 60; i++)
                {
                    if (i == putsBeforeStop)
                    {
                        handle.Put(new Axon.ShutdownMicroprocess(), "control");
                    }

                    try
                    {
                        handle.Put(new Msg(t, i));
                        put++;
                    }
                    catch (InvalidOperationException)
                    {
                        Interlocked.Increment(ref refused);
                    }

                    Interlocked.Increment(ref attempted);
                }

                var got = new List<Msg>();
                while (true)
                {
                    try
                    {
                        got.Add((Msg)handle.Get("outbox", Bounded.Limit)!);
                    }
                    catch (InvalidOperationException)
                    {
                        break;
                    }
                }

                Assert.True(handle.IsStopped);
                Assert.Equal(got.Select(m => m.Seq).Order(), got.Select(m => m.Seq));
                var left = BuiltGraph.Waiting(inner).Count();
                // Every accepted put was delivered, or waits in the stopped component's inbox, or is counted as
                // undelivered by the handle; a ThreadedRelay may also hold some in its thread queue (abandoned ones
                // are counted in Waiting), so for it the sum is at most the puts.
                var accounted = got.Count + left + handle.UndeliveredPuts;
                if (inner is Relay)
                {
                    Assert.Equal(put, accounted);
                }
                else
                {
                    Assert.True(accounted <= put);
                }

                Interlocked.Add(ref delivered, got.Count);
                Interlocked.Add(ref stranded, left);
                Interlocked.Add(ref undelivered, handle.UndeliveredPuts);
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        Task.WhenAll(workers).Within("the workers");
        Assert.Null(background.Fault);
        Assert.Empty(background.Scheduler.Faults);
        output.WriteLine($"threads={Threads} puts={attempted} delivered={delivered} waitingAfterStop={stranded} undeliveredPuts={undelivered} refusedAfterEnd={refused}");
    }
}
