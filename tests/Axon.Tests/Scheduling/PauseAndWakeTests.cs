using Axon.Tests.Support;

namespace Axon.Tests.Scheduling;

public sealed class PauseAndWakeTests
{
    [Fact]
    public void APauseTakesEffectOnlyAtTheEndOfThePass()
    {
        var scheduler = new Scheduler();
        var pauser = new Probe(self => Script.Forever(self.Pause));
        bool? pausedWhenSeenLaterInThePass = null;
        var observer = new Probe(_ => Script.Forever(() => pausedWhenSeenLaterInThePass ??= pauser.IsPaused));
        pauser.Activate(scheduler);
        observer.Activate(scheduler);

        scheduler.RunPass();

        Assert.False(pausedWhenSeenLaterInThePass);
        Assert.True(pauser.IsPaused);
    }

    [Fact]
    public void CodeAfterPauseStillRunsButTheNextStepWaitsForAWake()
    {
        var scheduler = new Scheduler();
        var log = new List<string>();
        var component = new Probe(self => Script.Of(
            () =>
            {
                self.Pause();
                log.Add("after pause");
            },
            () => log.Add("next step")));
        component.Activate(scheduler);

        scheduler.RunPasses(5);

        Assert.Equal(["after pause"], log);
    }

    [Fact]
    public void AWakeAfterAPauseInTheSamePassWins()
    {
        var scheduler = new Scheduler();
        var steps = 0;
        var sleeper = new Probe(self => Script.Forever(() =>
        {
            steps++;
            self.Pause();
        }));
        sleeper.Activate(scheduler);
        new Probe(_ => Script.Forever(sleeper.Unpause)).Activate(scheduler);

        scheduler.RunPasses(3);

        Assert.Equal(3, steps);
        Assert.False(sleeper.IsPaused);
    }

    [Fact]
    public void AWakeBeforeAPauseInTheSamePassWins()
    {
        var scheduler = new Scheduler();
        var steps = 0;
        Probe? sleeper = null;
        new Probe(_ => Script.Forever(() => sleeper!.Unpause())).Activate(scheduler);
        sleeper = new Probe(self => Script.Forever(() =>
        {
            steps++;
            self.Pause();
        }));
        sleeper.Activate(scheduler);

        scheduler.RunPasses(3);

        Assert.Equal(3, steps);
    }

    [Fact]
    public void AMessageArrivingAfterTheConsumerPausedInTheSamePassWakesIt()
    {
        var scheduler = new Scheduler();
        var consumer = new Collector();
        var producer = new Probe(self => Script.Of(() => self.Send("hello")));
        producer.Link((producer, "outbox"), (consumer, "inbox"));
        consumer.Activate(scheduler);
        producer.Activate(scheduler);

        scheduler.RunPass();
        Assert.Empty(consumer.Received);

        scheduler.RunPass();
        Assert.Equal(["hello"], consumer.Received);
    }

    [Fact]
    public void AComponentAsleepForManyPassesIsWokenByAMessage()
    {
        var scheduler = new Scheduler();
        var consumer = new Collector();
        consumer.Activate(scheduler);
        scheduler.RunPasses(10);
        Assert.Equal(1, consumer.Steps);

        consumer.Deliver(42);
        scheduler.RunPass();

        Assert.Equal([42], consumer.Received);
        Assert.Equal(2, consumer.Steps);
    }

    [Fact]
    public void AWakeBetweenPassesReachesAComponentThatIsStillGoingToSleep()
    {
        var scheduler = new Scheduler();
        var steps = 0;
        var component = new Probe(self => Script.Forever(() =>
        {
            steps++;
            self.Pause();
        }));
        component.Activate(scheduler);
        scheduler.RunPass();

        component.Unpause();
        scheduler.RunPass();
        Assert.Equal(2, steps);

        scheduler.RunPasses(3);
        Assert.Equal(2, steps);
    }

    [Fact]
    public void ASleepingComponentIsNotStepped()
    {
        var scheduler = new Scheduler();
        var sleeperSteps = 0;
        new Probe(self => Script.Forever(() =>
        {
            sleeperSteps++;
            self.Pause();
        })).Activate(scheduler);
        var busy = new Looper("busy", []);
        busy.Activate(scheduler);

        scheduler.RunPasses(1000);

        Assert.Equal(1, sleeperSteps);
        Assert.Equal(1000, busy.Steps);
    }

    [Fact]
    public void APauseFromAnotherThreadPutsAnAwakeComponentToSleepBeforeItsNextStep()
    {
        var scheduler = new Scheduler();
        var looper = new Looper("looper", []);
        looper.Activate(scheduler);
        scheduler.RunPass();

        looper.Pause();
        scheduler.RunPasses(3);

        Assert.Equal(1, looper.Steps);
        Assert.True(looper.IsPaused);
    }

    [Fact]
    public void APauseAndAWakeFromOutsideBetweenPassesLeaveTheComponentAwake()
    {
        var scheduler = new Scheduler();
        var looper = new Looper("looper", []);
        looper.Activate(scheduler);
        scheduler.RunPass();

        looper.Pause();
        looper.Unpause();
        scheduler.RunPasses(2);

        Assert.Equal(3, looper.Steps);
    }

    [Fact]
    public void PausingASleepingComponentFromOutsideDoesNotStrandIt()
    {
        var scheduler = new Scheduler();
        var steps = 0;
        var component = new Probe(self => Script.Forever(() =>
        {
            steps++;
            self.Pause();
        }));
        component.Activate(scheduler);
        scheduler.RunPasses(2);

        component.Pause();
        scheduler.RunPass();
        component.Unpause();
        scheduler.RunPass();

        Assert.Equal(2, steps);
    }

    [Fact]
    public void IsPausedIsTrueOnlyWhileTheComponentSleeps()
    {
        var scheduler = new Scheduler();
        var component = new Probe(self => PauseOnceThenRun(self));
        Assert.False(component.IsPaused);
        component.Activate(scheduler);

        scheduler.RunPass();
        Assert.True(component.IsPaused);

        component.Unpause();
        scheduler.RunPass();
        Assert.False(component.IsPaused);
    }

    private static IEnumerable<object?> PauseOnceThenRun(Component self)
    {
        self.Pause();
        while (true)
        {
            yield return null;
        }
    }
}
