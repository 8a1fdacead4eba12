using Axon.Tests.Threading;

namespace Axon.Tests.Scheduling;

/// <summary>
/// The race between a wake from another thread and the scheduler (or a threaded component's thread) going to sleep:
/// each round wakes the other side just as it has finished its work and is about to block, thousands of times. A
/// wake lost in that window leaves the round waiting, and the bounded wait fails the test instead of hanging it.
/// </summary>
public sealed class WakeRaceStressTests
{
    private const int Rounds = 5000;

    [Fact]
    public void AnUnpauseRacingWithTheSchedulerGoingToSleepIsNeverLost()
    {
        var scheduler = new Scheduler();
        var steps = 0;
        var sleeper = new Probe(self => Script.Forever(() =>
        {
            Volatile.Write(ref steps, steps + 1);
            self.Pause();
        }));
        sleeper.Activate(scheduler);
        using var running = new RunningScheduler(scheduler);
        var random = new Random(1);

        for (var round = 0; round < Rounds; round++)
        {
            var before = Volatile.Read(ref steps);
            // Wake it at once or after a short, varying delay, so that wakes land before, during and after the
            // scheduler's last look for work.
            Thread.SpinWait(random.Next(0, 200));
            sleeper.Unpause();
            Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref steps) > before, Limits.Wait), $"Round {round}: the wake was lost.");
        }

        scheduler.Stop();
        running.WaitForEnd();
    }

    [Fact]
    public async Task WorkPostedRacingWithTheSchedulerGoingToSleepAlwaysRuns()
    {
        var scheduler = new Scheduler();
        var sleeper = new Probe(self => Script.Forever(self.Pause));
        sleeper.Activate(scheduler);
        using var running = new RunningScheduler(scheduler);
        var random = new Random(2);

        for (var round = 0; round < Rounds; round++)
        {
            Thread.SpinWait(random.Next(0, 200));
            var expected = round;
            Assert.Equal(expected, await scheduler.InvokeAsync(() => expected).WaitAsync(Limits.Wait));
        }

        scheduler.Stop();
        running.WaitForEnd();
    }

    [Fact]
    public void AStopRacingWithTheSchedulerGoingToSleepEndsTheRun()
    {
        var random = new Random(3);
        for (var round = 0; round < 200; round++)
        {
            var scheduler = new Scheduler();
            using var stepped = new ManualResetEventSlim();
            var sleeper = new Probe(self => Script.Forever(() =>
            {
                self.Pause();
                stepped.Set();
            }));
            sleeper.Activate(scheduler);
            using var running = new RunningScheduler(scheduler);
            Assert.True(stepped.Wait(Limits.Wait));

            Thread.SpinWait(random.Next(0, 500));
            scheduler.Stop();

            Assert.True(running.EndsWithin(Limits.Wait), $"Round {round}: Run did not end after Stop.");
        }
    }

    [Fact]
    public async Task WakesFromSeveralThreadsAtOnceAreNeverLost()
    {
        const int Threads = 4;
        var scheduler = new Scheduler();
        var sleepers = new Probe[Threads];
        var steps = new int[Threads];
        for (var i = 0; i < Threads; i++)
        {
            var index = i;
            sleepers[i] = new Probe(self => Script.Forever(() =>
            {
                Interlocked.Increment(ref steps[index]);
                self.Pause();
            }));
            sleepers[i].Activate(scheduler);
        }

        using var running = new RunningScheduler(scheduler);
        var wakers = Enumerable.Range(0, Threads).Select(i => Task.Factory.StartNew(
            () =>
            {
                for (var round = 0; round < Rounds / Threads; round++)
                {
                    var before = Volatile.Read(ref steps[i]);
                    sleepers[i].Unpause();
                    if (!SpinWait.SpinUntil(() => Volatile.Read(ref steps[i]) > before, Limits.Wait))
                    {
                        return false;
                    }
                }

                return true;
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();

        var results = await Task.WhenAll(wakers).WaitAsync(Limits.Wait * 2);
        Assert.All(results, result => Assert.True(result, "A wake was lost."));
        scheduler.Stop();
        running.WaitForEnd();
    }

    [Fact]
    public void AThreadedComponentAndItsSchedulerWakeEachOtherOnEveryMessage()
    {
        // One message in flight at a time, both ways: the thread blocks for every message it takes and the scheduler
        // sleeps for every one it waits for, so each hand-over races a wake with a sleep on both sides.
        var scheduler = new Scheduler();
        var echo = new ThreadedProbe(
            self =>
            {
                for (var i = 0; i < Rounds; i++)
                {
                    self.Send(self.Recv());
                }
            },
            queueLength: 1);
        var received = new List<int>();
        var pinger = new Probe(self => Ping(self, received));
        pinger.Link((pinger, "outbox"), (echo, "inbox"));
        echo.Link((echo, "outbox"), (pinger, "inbox"));
        echo.Activate(scheduler);
        pinger.Activate(scheduler);

        using (var running = new RunningScheduler(scheduler))
        {
            running.WaitForEnd();
        }

        Assert.Equal(Enumerable.Range(0, Rounds), received);
        Assert.True(echo.IsStopped);
    }

    private static IEnumerable<object?> Ping(Probe self, List<int> received)
    {
        for (var i = 0; i < Rounds; i++)
        {
            self.Send(i);
            while (self.DataReady() == 0)
            {
                self.Pause();
                yield return null;
            }

            received.Add((int)self.Recv()!);
        }
    }
}
