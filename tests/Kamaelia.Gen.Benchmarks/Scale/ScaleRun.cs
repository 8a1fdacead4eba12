using System.Diagnostics;
using Axon;
using Kamaelia.Gen.Benchmarks.Components;

namespace Kamaelia.Gen.Benchmarks.Scale;

/// <summary>What one scale run measured, per component.</summary>
public sealed record ScaleResult(
    int Components,
    int ChainLength,
    double RetainedAfterCreate,
    double RetainedAfterLink,
    double RetainedBytesPerComponent,
    double RetainedWhileWaiting,
    double AllocatedBytesPerComponent,
    double CreateNsPerComponent,
    double LinkNsPerComponent,
    double ActivateNsPerComponent,
    double CreateActivateThreadCpuNsPerComponent,
    double CreateActivateGcPauseNsPerComponent,
    int ColdComponents,
    double ColdCreateActivateNsPerComponent,
    double ShutdownNsPerComponent,
    double IdleCpuPercent,
    double SchedulerIdleCpuPercent,
    int ChainHops,
    double NsPerChainHop,
    double ChainHopAllocatedBytes,
    bool AllEnded,
    bool MessageArrived);

/// <summary>
/// Section 2: many idle components (the four standard boxes, linked in chains, outbox→inbox and signal→control)
/// created, activated (each runs its first step and sleeps), left idle while the CPU is watched, and shut down by
/// a ShutdownMicroprocess that cascades down each chain; then one message through one long chain.
/// </summary>
public static class ScaleRun
{
    /// <summary>Runs the measurement.</summary>
    public static ScaleResult Measure(int components, int chainLength, int longChain, TimeSpan idleWindow)
    {
        // A first round of the same size compiles the code that makes, links and activates components (the tiered
        // JIT starts every method unoptimised) and grows the heap to hold them, so that the measured round times that
        // code rather than the compiler and the first commit of the memory; the first round's time is kept as what a
        // cold process pays.
        var warmUp = components;
        var (_, _, _, _, _, coldCreate, _, coldActivate, _, _, _, _, _, _) = IdleComponents(warmUp, chainLength, TimeSpan.Zero);
        Thread.Sleep(500);
        var (created, linked, retained, waiting, allocated, create, link, activate, createActivateCpu, createActivatePauses, shutdown, idleCpu, schedulerIdleCpu, allEnded) = IdleComponents(components, chainLength, idleWindow);
        var (nsPerHop, hopBytes, arrived) = MessageThroughChain(longChain);
        return new ScaleResult(components, chainLength, created, linked, retained, waiting, allocated, create, link, activate, createActivateCpu, createActivatePauses, warmUp, coldCreate + coldActivate, shutdown, idleCpu, schedulerIdleCpu, longChain, nsPerHop, hopBytes, allEnded, arrived);
    }

    private static (double Created, double Linked, double Retained, double Waiting, double Allocated, double Create, double Link, double Activate, double CreateActivateCpu, double CreateActivatePauses, double Shutdown, double IdleCpu, double SchedulerIdleCpu, bool AllEnded)
        IdleComponents(int count, int chainLength, TimeSpan idleWindow)
    {
        Collect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        // Thread CPU and GC pauses per phase as well as wall time: on a machine shared with other work they move far
        // less with the load, and the pauses say how much of making a million components is the collector's.
        var clock = Stopwatch.StartNew();
        var cpu = CpuClocks.Nanoseconds(CpuClocks.CurrentThread);
        var paused = GC.GetTotalPauseDuration();
        var components = new Component[count];
        for (var i = 0; i < count; i++)
        {
            components[i] = new IdleComponent();
        }

        var createTime = clock.Elapsed;
        var createCpu = CpuClocks.Nanoseconds(CpuClocks.CurrentThread) - cpu;
        var createPauses = GC.GetTotalPauseDuration() - paused;
        var heapCreated = GC.GetTotalMemory(forceFullCollection: true);

        clock.Restart();
        var heads = new List<Component>();
        for (var i = 0; i < count; i++)
        {
            if (i % chainLength == 0)
            {
                heads.Add(components[i]);
                continue;
            }

            var (upstream, downstream) = (components[i - 1], components[i]);
            upstream.Link((upstream, "outbox"), (downstream, "inbox"));
            upstream.Link((upstream, "signal"), (downstream, "control"));
        }

        var linkTime = clock.Elapsed;
        var heapLinked = GC.GetTotalMemory(forceFullCollection: true);

        var scheduler = new Scheduler();
        var trigger = new ShutdownTrigger(heads);
        clock.Restart();
        cpu = CpuClocks.Nanoseconds(CpuClocks.CurrentThread);
        paused = GC.GetTotalPauseDuration();
        foreach (var component in components)
        {
            component.Activate(scheduler);
        }

        trigger.Activate(scheduler);
        while (scheduler.HasRunnableComponents)
        {
            scheduler.RunPass();
        }

        var activateTime = clock.Elapsed;
        var activateCpu = CpuClocks.Nanoseconds(CpuClocks.CurrentThread) - cpu;
        var activatePauses = GC.GetTotalPauseDuration() - paused;

        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedAfter = GC.GetTotalAllocatedBytes(precise: true);
        GC.KeepAlive(components);

        // Idle: the scheduler runs on its own thread with every component asleep; it should block, not poll.
        var schedulerClock = 0;
        var runner = new Thread(() =>
        {
            Volatile.Write(ref schedulerClock, CpuClocks.OfCallingThread());
            scheduler.Run();
        })
        { IsBackground = true, Name = "scale scheduler" };
        runner.Start();

        // The window starts once the scheduler has finished its first pass in Run() (which drops a million sleepers
        // from its run queue) and has blocked again: what is measured is the steady idle state, not that pass.
        scheduler.InvokeAsync(static () => true).Wait();
        Thread.Sleep(100);
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var schedulerCpuBefore = CpuClocks.Nanoseconds(schedulerClock);
        var wallBefore = Stopwatch.GetTimestamp();
        Thread.Sleep(idleWindow);
        process.Refresh();
        var schedulerCpu = CpuClocks.Nanoseconds(schedulerClock) - schedulerCpuBefore;
        var wall = Stopwatch.GetElapsedTime(wallBefore);
        var idleCpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / wall.TotalMilliseconds * 100;
        var schedulerIdleCpu = schedulerCpu / wall.TotalNanoseconds * 100;

        // The steady idle state: the scheduler blocked in Run(), its queues emptied of the sleeping components.
        var heapWaiting = GC.GetTotalMemory(forceFullCollection: true);

        clock.Restart();
        trigger.Unpause();
        if (!runner.Join(TimeSpan.FromMinutes(5)))
        {
            throw new TimeoutException("The shutdown cascade did not finish within five minutes.");
        }

        var shutdownTime = clock.Elapsed;
        var allEnded = scheduler.ComponentCount == 0 && components.All(c => c.IsStopped);

        return (
            (heapCreated - heapBefore) / (double)count,
            (heapLinked - heapBefore) / (double)count,
            (heapAfter - heapBefore) / (double)count,
            (heapWaiting - heapBefore) / (double)count,
            (allocatedAfter - allocatedBefore) / (double)count,
            createTime.TotalNanoseconds / count,
            linkTime.TotalNanoseconds / count,
            activateTime.TotalNanoseconds / count,
            (createCpu + activateCpu) / (double)count,
            (createPauses + activatePauses).TotalNanoseconds / count,
            shutdownTime.TotalNanoseconds / count,
            idleCpu,
            schedulerIdleCpu,
            allEnded);
    }

    private static (double NsPerHop, double AllocatedBytes, bool Arrived) MessageThroughChain(int length)
    {
        var components = new Component[length];
        for (var i = 0; i < length; i++)
        {
            components[i] = new IdleComponent();
            if (i > 0)
            {
                components[i - 1].Link((components[i - 1], "outbox"), (components[i], "inbox"));
            }
        }

        var scheduler = new Scheduler();
        foreach (var component in components)
        {
            component.Activate(scheduler);
        }

        while (scheduler.HasRunnableComponents)
        {
            scheduler.RunPass();
        }

        var tail = components[^1].Outboxes["outbox"];

        // The first trip finds every inbox's ring buffer still unallocated; the second is the steady state.
        var (_, firstTripBytes) = Trip(1);
        var (nanoseconds, _) = Trip(2);
        var arrived = tail.Discarded == 2;
        scheduler.Stop();
        scheduler.RunPass();
        return (nanoseconds / length, firstTripBytes, arrived);

        (double Nanoseconds, long Bytes) Trip(long arrivals)
        {
            var message = new object();
            Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            components[0].Deliver(message, "inbox");
            for (long pass = 0; tail.Discarded < arrivals && pass < 4L * length; pass++)
            {
                scheduler.RunPass();
            }

            return (clock.Elapsed.TotalNanoseconds, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
        }
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
