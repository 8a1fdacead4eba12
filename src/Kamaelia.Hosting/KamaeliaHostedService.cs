using System.Runtime.ExceptionServices;
using Axon;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kamaelia.Hosting;

/// <summary>
/// Runs the Kamaelia system registered with <c>AddKamaelia</c> for the host's lifetime. When the host starts, it
/// makes every registered top-level component and runs them on one <see cref="Axon.Scheduler"/>, on a thread of its
/// own, without holding the host's start up. When the host stops, it sends each top-level component
/// <see cref="ShutdownMicroprocess"/> and waits for the system to end, for at most
/// <see cref="KamaeliaHostOptions.ShutdownGracePeriod"/> and the host's own shutdown timeout, after which the
/// components still running are stopped and named in a warning. Every fault is logged with the component, and the
/// box where the exception names one; a fault that ends the system is also the exception of the host's
/// <c>StopAsync</c>. Registered by <c>AddKamaelia</c>; resolve it to reach the running system.
/// </summary>
public sealed class KamaeliaHostedService : IHostedService, IDisposable
{
    /// <summary>How many component names one log record lists; a large system's remainder is counted, not named.</summary>
    private const int NamesPerLogRecord = 20;

    /// <summary>
    /// How long, in real time like the host's shutdown timeout, a scheduler told to stop is given to end its current
    /// pass once that timeout has run out.
    /// </summary>
    private static readonly TimeSpan EndOfPassBound = TimeSpan.FromSeconds(1);

    private readonly IServiceProvider _services;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _shutdown = new();
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private readonly HashSet<ComponentFault> _loggedFaults = new(ReferenceEqualityComparer.Instance);
    private KamaeliaHostOptions _options = new();
    private IReadOnlyList<Component> _systems = [];
    private Task? _run;
    private Task? _observer;
    private volatile bool _stopRequested;
    private int _abandoned;

    internal KamaeliaHostedService(IServiceProvider services)
    {
        _services = services;
        _lifetime = services.GetRequiredService<IHostApplicationLifetime>();
        _logger = services.GetRequiredService<ILogger<KamaeliaHostedService>>();

        // The hosted service times the grace period itself, so that it can name what it abandons; the scheduler never
        // stops on its own.
        Scheduler = new Scheduler
        {
            TimeProvider = services.GetService<TimeProvider>() ?? TimeProvider.System,
            ShutdownGracePeriod = Timeout.InfiniteTimeSpan,
        };
        Scheduler.ComponentFaulted += (_, fault) => LogFault(fault);
    }

    /// <summary>
    /// The scheduler the system runs on, with the container's <see cref="TimeProvider"/> if one is registered: for a
    /// <see cref="Handle"/> into a running component, <c>SystemGraph.Capture</c>, or <see cref="Scheduler.Faults"/>.
    /// </summary>
    public Scheduler Scheduler { get; }

    /// <summary>The top-level components the host made and runs, in registration order; empty before the host starts.</summary>
    public IReadOnlyList<Component> Systems => Volatile.Read(ref _systems);

    /// <summary>
    /// Completes once the system has ended, by itself or stopped by the host, and its end has been logged (and, as
    /// the options say, the application told to stop). It fails with the fault that ended the system: a
    /// <see cref="ComponentFaultedException"/> naming the component.
    /// </summary>
    public Task Completion => _completion.Task;

    /// <summary>Makes the registered components and starts their scheduler on its own thread; returns without waiting for them.</summary>
    /// <exception cref="InvalidOperationException">No system was registered, a factory returned null, or the service has already started.</exception>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_run is not null)
        {
            throw new InvalidOperationException("Kamaelia has already been started: a system runs once, for one host.");
        }

        _options = _services.GetRequiredService<IOptions<KamaeliaHostOptions>>().Value;
        var registrations = _services.GetServices<SystemRegistration>().ToList();
        if (registrations.Count == 0)
        {
            throw new InvalidOperationException("AddKamaelia was called but no system was added: add one with AddSystem on the builder it returns.");
        }

        Scheduler.Immortal = _options.Immortal;
        Scheduler.Strict = _options.Strict;
        var systems = new List<Component>(registrations.Count);
        foreach (var registration in registrations)
        {
            systems.Add(registration.Create(_services)
                ?? throw new InvalidOperationException("A factory given to AddSystem returned null instead of a component."));
        }

        foreach (var system in systems)
        {
            system.Activate(Scheduler);
        }

        Volatile.Write(ref _systems, systems);
        HostingLog.Started(_logger, systems.Count, systems.Select(s => s.Name).ToList());
        _run = Scheduler.RunAsync(_shutdown.Token);
        _observer = ObserveAsync(_run);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Sends <see cref="ShutdownMicroprocess"/> to every top-level component and waits for the system to end, for at
    /// most the grace period and for no longer than <paramref name="cancellationToken"/> (the host's shutdown
    /// timeout) allows; then stops what is still running, with a warning naming it.
    /// </summary>
    /// <exception cref="ComponentFaultedException">The system ended because a component faulted (it was logged then).</exception>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_run is not { } run || _observer is not { } observer)
        {
            return;
        }

        if (!run.IsCompleted)
        {
            _stopRequested = true;
            var gracePeriod = _options.ShutdownGracePeriod;
            await _shutdown.CancelAsync().ConfigureAwait(false);
            using var graceTimer = gracePeriod == Timeout.InfiniteTimeSpan
                ? null
                : Scheduler.TimeProvider.CreateTimer(_ => Abandon(hostTimedOut: false), null, gracePeriod, Timeout.InfiniteTimeSpan);
            using var hostTimeout = cancellationToken.Register(() => Abandon(hostTimedOut: true));
            HostingLog.Stopping(_logger, gracePeriod);
            try
            {
                await run.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The scheduler has been told to stop, which it does at the end of its current pass; only a step that
                // never returns keeps it, and then the host must not wait for it (its thread does not keep the
                // process alive).
                if (await Task.WhenAny(run, Task.Delay(EndOfPassBound, CancellationToken.None)).ConfigureAwait(false) != run)
                {
                    HostingLog.SchedulerStillRunning(_logger, EndOfPassBound);
                    return;
                }
            }
            catch (Exception) when (run.IsCompleted)
            {
                // The run's fault is reported below, once its end has been logged.
            }
        }

        await observer.ConfigureAwait(false);
        if (run.Exception?.InnerException is { } fault)
        {
            ExceptionDispatchInfo.Throw(fault);
        }
    }

    /// <summary>Stops the scheduler if the host is disposed without having stopped the service.</summary>
    public void Dispose()
    {
        if (_run is { IsCompleted: false })
        {
            Scheduler.Stop();
        }

        _shutdown.Dispose();
    }

    /// <summary>Logs how the run ended, tells the application to stop if the options ask, then completes <see cref="Completion"/>.</summary>
    private async Task ObserveAsync(Task run)
    {
        Exception? failure = null;
        try
        {
            await run.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        LogFaultsNotYetLogged();
        var stopRequested = _stopRequested;
        switch (failure)
        {
            case null when stopRequested:
                HostingLog.Stopped(_logger);
                break;
            case null:
                HostingLog.Ended(_logger);
                if (_options.StopApplicationOnCompletion)
                {
                    StopApplication("ended");
                }

                break;
            case ComponentFaultedException faulted:
                HostingLog.EndedByFault(_logger, faulted.Component.Name);
                if (_options.StopApplicationOnFault && !stopRequested)
                {
                    StopApplication("faulted");
                }

                break;
            default:
                HostingLog.SchedulerFailed(_logger, failure);
                if (_options.StopApplicationOnFault && !stopRequested)
                {
                    StopApplication("failed");
                }

                break;
        }

        if (failure is null)
        {
            _completion.SetResult();
        }
        else
        {
            _completion.SetException(failure);

            // Observed here, so that nobody awaiting Completion is no loss: the fault was logged, and StopAsync throws it.
            _ = _completion.Task.Exception;
        }
    }

    private void StopApplication(string outcome)
    {
        HostingLog.StoppingApplication(_logger, outcome);
        _lifetime.StopApplication();
    }

    /// <summary>Stops the components still running once the grace period or the host's patience is over, naming them.</summary>
    private void Abandon(bool hostTimedOut)
    {
        if (_run is null or { IsCompleted: true } || Interlocked.Exchange(ref _abandoned, 1) == 1)
        {
            return;
        }

        var remaining = Scheduler.Components;
        if (remaining.Count > 0)
        {
            var names = NamesOf(remaining);
            if (hostTimedOut)
            {
                HostingLog.HostShutdownTimedOut(_logger, remaining.Count, names);
            }
            else
            {
                HostingLog.GracePeriodExpired(_logger, _options.ShutdownGracePeriod, remaining.Count, names);
            }
        }

        Scheduler.Stop();
    }

    /// <summary>Logs a fault as the scheduler reports it, on the scheduler's thread.</summary>
    private void LogFault(ComponentFault fault)
    {
        lock (_gate)
        {
            if (!_loggedFaults.Add(fault))
            {
                return;
            }
        }

        if (FaultedBox.Find(fault.Exception) is { } box)
        {
            HostingLog.ComponentFaultedAtBox(_logger, fault.Component.Name, box.Direction, box.Name, box.Owner, fault.Exception);
        }
        else
        {
            HostingLog.ComponentFaulted(_logger, fault.Component.Name, fault.Exception);
        }
    }

    /// <summary>
    /// Logs what the scheduler recorded without raising its event (a close-down that threw after a fault), so that no
    /// fault goes unreported.
    /// </summary>
    private void LogFaultsNotYetLogged()
    {
        foreach (var fault in Scheduler.Faults)
        {
            LogFault(fault);
        }
    }

    private static List<string> NamesOf(IReadOnlyList<Component> components)
    {
        var names = components.Take(NamesPerLogRecord).Select(c => c.Name).ToList();
        if (components.Count > NamesPerLogRecord)
        {
            names.Add($"and {components.Count - NamesPerLogRecord} more");
        }

        return names;
    }
}
