using CsCheck;
using Kamaelia.Chassis;
using Kamaelia.Reliability.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace Kamaelia.Reliability.Tests;

/// <summary>
/// The <see cref="Supervisor"/> chassis: restarts a failing child (from a factory) within its policy, keeps the
/// messages that arrive during a restart for the new child, gives up with an ErrorInformation on "signal" after
/// too many restarts, and needs an immortal scheduler.
/// </summary>
public sealed class SupervisorTests(ITestOutputHelper output)
{
    private long _cases;
    private long _faults;
    private long _messages;

    /// <summary>Child kinds: 0 iterator, 1 generated handler, 2 a Pipeline whose middle stage fails, 3 threaded.</summary>
    private static Component MakeChild(int kind, PoisonSet poison) => kind switch
    {
        0 => new PoisonedRelay(poison),
        1 => new PoisonedHandler(poison),
        2 => new Pipeline(new Relay(), new PoisonedRelay(poison), new Relay()),
        _ => new PoisonedThread(poison),
    };

    [Fact]
    public void RestartsTheChildOnEveryFaultAndEveryOtherMessageArrivesOnceInOrder()
    {
        var gen = Gen.Select(Gen.Int[0, 120], Gen.Int[0, 119].Array[0, 6], Gen.Int[0, 3], Gen.Int[0, 3], Gen.Int[1, 4]);
        var iterations = Mode.Iterations(400);
        gen.Sample((messages, poisonArray, kind, limit, batch) =>
        {
            var poisons = poisonArray.Where(p => p < messages).Distinct().ToArray();
            var poison = new PoisonSet(poisons);
            var made = new List<Component>();
            var supervisor = new Supervisor(() =>
            {
                var child = MakeChild(kind, poison);
                made.Add(child);
                return child;
            }, maxRestarts: poisons.Length, window: TimeSpan.FromDays(1));
            if (limit > 0)
            {
                supervisor.SetInboxSize("inbox", limit);
            }

            var sink = new Sink();
            var source = new Source(0, messages, batch);
            var root = new Rig(source, supervisor, sink).Chain(source, supervisor).Chain(supervisor, sink);
            var scheduler = new Scheduler { Immortal = true };
            root.Activate(scheduler);
            if (kind == 3)
            {
                scheduler.RunWithin();
            }
            else
            {
                scheduler.RunToEnd();
            }

            if (kind >= 2)
            {
                // In a compound or threaded child a poisoned message may go down unseen with an earlier failure. The
                // first one has no earlier failure to go down with, so it always fires; no poison fires twice.
                Assert.InRange(poison.Fired, poisons.Length == 0 ? 0 : 1, poisons.Length);
                Assert.True(poisons.Length == 0 || !poison.IsLeft(poisons.Min()), $"The first poison, {(poisons.Length == 0 ? -1 : poisons.Min())}, never fired.");
            }
            else
            {
                Assert.Equal(poisons.Length, poison.Fired);
            }

            Assert.Equal(poison.Fired, supervisor.Restarts);
            Assert.Equal(poison.Fired, scheduler.Faults.Count);
            Assert.All(scheduler.Faults, f => Assert.IsType<InjectedFault>(f.Exception));
            Assert.Equal(poison.Fired + 1, made.Count);
            Assert.False(supervisor.GaveUp);
            Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
            var expected = Enumerable.Range(0, messages).Except(poisons).ToList();
            var received = sink.Received.Select(m => m.Seq).ToList();
            if (kind >= 2)
            {
                // A message already inside a failed compound child (past its entry inbox), or handed to a failed
                // thread's queue, goes down with it.
                Assert.Equal(received.Order(), received);
                Assert.Subset(expected.ToHashSet(), received.ToHashSet());
                Assert.Equal(received.Count, received.Distinct().Count());
                if (poison.Fired == 0)
                {
                    // Without a failure there is nothing to go down with.
                    Assert.Equal(expected, received);
                }
            }
            else
            {
                Assert.Equal(expected, received);
                Assert.Equal(0, supervisor.Abandoned);
            }

            Interlocked.Increment(ref _cases);
            Interlocked.Add(ref _faults, poison.Fired);
            Interlocked.Add(ref _messages, received.Count);
        }, iter: iterations, threads: 4, print: t => $"messages={t.Item1} poison=[{string.Join(",", t.Item2)}] kind={t.Item3} limit={t.Item4} batch={t.Item5}");

        output.WriteLine($"mode={(Mode.Long ? "long" : "quick")} cases={_cases} faultsInjected={_faults} restarts={_faults} messagesChecked={_messages}");
        Assert.Equal(iterations, _cases);
    }

    [Fact]
    public void GivesUpAfterMaxRestartsWithinTheWindowReportingErrorInformationOnSignal()
    {
        var poison = new PoisonSet(Enumerable.Range(0, 100));
        var made = new List<Component>();
        var supervisor = new Supervisor(() => { var c = new PoisonedRelay(poison); made.Add(c); return c; }, maxRestarts: 2, window: TimeSpan.FromDays(1));
        var source = new Source(0, 10);
        var reports = new Sink();
        var bystander = new Sink();
        var unrelated = new Pipeline(new Source(1, 200), new Relay());
        var root = new Rig(source, supervisor, reports, unrelated, bystander, new Closer(reports, supervisor, source))
            .Wire(source, "outbox", supervisor, "inbox")
            .Wire(supervisor, "signal", reports, "inbox")
            .Chain(unrelated, bystander);
        var scheduler = new Scheduler { Immortal = true };
        root.Activate(scheduler);
        scheduler.RunToEnd();

        Assert.True(supervisor.GaveUp);
        Assert.True(supervisor.IsStopped);
        Assert.Equal(2, supervisor.Restarts);
        Assert.Equal(3, supervisor.Faults.Count);
        Assert.Equal(3, scheduler.Faults.Count);
        var report = Assert.IsType<ErrorInformation>(Assert.Single(reports.Others));
        Assert.Same(supervisor, report.Caller);
        Assert.Same(supervisor.Faults[^1].Exception, report.Exception);
        Assert.Contains(supervisor.Faults[^1].Component.Name, report.Message);
        // The message each failed child was handling went down with it; what the Supervisor held is Abandoned, what
        // came later waits in its inbox, or (once the rig dropped its link to the ended Supervisor) was counted as
        // discarded by the source: nothing is lost silently.
        Assert.Equal(10 - 3, supervisor.Abandoned + supervisor.DataReady("inbox") + source.GetOutbox("outbox").Discarded);
        Assert.Equal(200, bystander.Received.Count);
        output.WriteLine($"faultsInjected=3 restarts=2 report={report.Message}");
    }

    [Fact]
    public void RestartsOutsideTheWindowDoNotCount()
    {
        var poison = new PoisonSet([1, 3, 5, 7, 9]);
        var time = new FakeTimeProvider();
        // Every child starts 10 s after the previous one: at most one restart is ever within the window.
        var supervisor = new Supervisor(
            () => { time.Advance(TimeSpan.FromSeconds(10)); return new PoisonedRelay(poison); },
            maxRestarts: 1,
            window: TimeSpan.FromSeconds(5),
            timeProvider: time);
        var source = new Source(0, 12);
        var sink = new Sink();
        var root = new Rig(source, supervisor, sink).Chain(source, supervisor).Chain(supervisor, sink);
        var scheduler = new Scheduler { Immortal = true };
        root.Activate(scheduler);
        scheduler.RunToEnd();

        Assert.False(supervisor.GaveUp);
        Assert.Equal(5, supervisor.Restarts);
        Assert.Equal([0, 2, 4, 6, 8, 10, 11], sink.Received.Select(m => m.Seq));
    }

    [Fact]
    public void RestartsAreTimedWithTheSchedulersTimeProviderUnlessGivenOne()
    {
        var poison = new PoisonSet([1, 3, 5, 7, 9]);
        var time = new FakeTimeProvider();
        // 4 s between starts: the second restart within 5 s is one too many.
        var supervisor = new Supervisor(
            () => { time.Advance(TimeSpan.FromSeconds(4)); return new PoisonedRelay(poison); },
            maxRestarts: 1,
            window: TimeSpan.FromSeconds(5));
        var source = new Source(0, 12);
        var sink = new Sink();
        var root = new Rig(source, supervisor, sink).Chain(source, supervisor).Chain(supervisor, sink);
        var scheduler = new Scheduler { Immortal = true, TimeProvider = time };
        root.Activate(scheduler);
        for (var pass = 0; pass < 10_000 && !supervisor.IsStopped; pass++)
        {
            scheduler.RunPass();
        }

        Assert.True(supervisor.GaveUp);
        Assert.Equal(1, supervisor.Restarts);
        Assert.IsType<ErrorInformation>(Assert.Single(sink.Controls));
    }

    [Fact]
    public void OnASchedulerThatIsNotImmortalItFailsAtOnceSayingWhy()
    {
        var supervisor = new Supervisor(() => new Relay());
        var scheduler = new Scheduler();
        supervisor.Activate(scheduler);

        var thrown = Assert.Throws<ComponentFaultedException>(() => scheduler.RunToEnd());

        Assert.Same(supervisor, thrown.Component);
        Assert.Contains("Immortal", thrown.InnerException!.Message);
    }

    [Fact]
    public void ShutdownMicroprocessStopsTheSupervisorAndItsChildPromptly()
    {
        var supervisor = new Supervisor(() => new Relay());
        var sink = new Sink();
        var root = new Rig(supervisor, sink).Chain(supervisor, sink);
        var scheduler = new Scheduler { Immortal = true };
        root.Activate(scheduler);
        scheduler.RunPasses(5);
        supervisor.Deliver(new ShutdownMicroprocess(), "control");

        var passes = scheduler.RunToEnd(maxPasses: 10);

        Assert.IsType<ShutdownMicroprocess>(Assert.Single(sink.Controls));
        Assert.True(supervisor.Child!.IsStopped);
        output.WriteLine($"passes to stop after ShutdownMicroprocess: {passes}");
    }

    [Fact]
    public void AfterShutdownMicroprocessItSleepsUntilItsChildEndsWhateverElseArrivesOnControl()
    {
        var child = new Deaf();
        var supervisor = new Supervisor(() => child);
        var scheduler = new Scheduler { Immortal = true };
        supervisor.Activate(scheduler);
        scheduler.RunPasses(5);
        supervisor.Deliver(new ShutdownMicroprocess(), "control");
        supervisor.Deliver("late", "control");

        scheduler.RunPasses(5);

        Assert.True(supervisor.IsPaused);
        Assert.IsType<ShutdownMicroprocess>(Assert.Single(child.GetInbox<object>("control").Peek()));
        child.Stop();
        scheduler.RunToEnd(maxPasses: 10);
        Assert.True(supervisor.IsStopped);
    }

    /// <summary>A child that ignores every message and sleeps until it is stopped from outside.</summary>
    private sealed class Deaf : Component
    {
        protected override IEnumerable<object?> Main()
        {
            while (true)
            {
                Pause();
                yield return null;
            }
        }
    }
}
