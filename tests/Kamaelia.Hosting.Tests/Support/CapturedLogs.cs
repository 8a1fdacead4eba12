using Microsoft.Extensions.Logging;

namespace Kamaelia.Hosting.Tests.Support;

/// <summary>A logger provider that keeps every record, with its structured properties, and lets a test wait for one.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly Lock _gate = new();
    private readonly List<LogRecord> _records = [];
    private readonly List<(Func<LogRecord, bool> Match, TaskCompletionSource<LogRecord> Found)> _waiters = [];

    public IReadOnlyList<LogRecord> Records
    {
        get
        {
            lock (_gate)
            {
                return [.. _records];
            }
        }
    }

    /// <summary>The records Kamaelia.Hosting wrote with that event id.</summary>
    public IReadOnlyList<LogRecord> Kamaelia(int eventId) =>
        Records.Where(r => r.Category == typeof(KamaeliaHostedService).FullName && r.EventId.Id == eventId).ToList();

    /// <summary>The first Kamaelia.Hosting record with that event id, written already or later; fails after <see cref="Bounds.Wait"/>.</summary>
    public Task<LogRecord> WaitForKamaelia(int eventId) =>
        WaitFor(r => r.Category == typeof(KamaeliaHostedService).FullName && r.EventId.Id == eventId, $"Kamaelia.Hosting event {eventId}");

    public async Task<LogRecord> WaitFor(Func<LogRecord, bool> match, string description)
    {
        var found = new TaskCompletionSource<LogRecord>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_records.FirstOrDefault(match) is { } existing)
            {
                return existing;
            }

            _waiters.Add((match, found));
        }

        try
        {
            return await found.Task.WaitAsync(Bounds.Wait);
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"No log record of {description} within {Bounds.Wait}. Logged:\n{string.Join('\n', Records)}");
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(LogRecord record)
    {
        List<TaskCompletionSource<LogRecord>> matched = [];
        lock (_gate)
        {
            _records.Add(record);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Match(record))
                {
                    matched.Add(_waiters[i].Found);
                    _waiters.RemoveAt(i);
                }
            }
        }

        foreach (var waiter in matched)
        {
            waiter.TrySetResult(record);
        }
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state is IReadOnlyList<KeyValuePair<string, object?>> values
                ? values.ToDictionary(p => p.Key, p => p.Value)
                : [];
            logs.Add(new LogRecord(category, logLevel, eventId, formatter(state, exception), properties, exception));
        }
    }
}
