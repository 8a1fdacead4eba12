using TaskState = Kamaelia.Gen.Benchmarks.Runners.HandWritten.CooperativeTask.TaskState;

namespace Kamaelia.Gen.Benchmarks.Runners.HandWritten;

/// <summary>
/// The hand-written baseline's scheduler: Axon's round-robin order and pause/wake rules, with nothing else (no
/// threads, faults, children, links or shutdown). A pass steps every awake task once, in run-queue order. A pause
/// takes effect at the end of the pass unless a wake came in the same pass, before or after it (the wake wins);
/// a task woken from sleep, or activated, joins the tail of the run queue in wake order and first runs next pass.
/// </summary>
internal sealed class CooperativeScheduler
{
    private CooperativeTask[] _runQueue = new CooperativeTask[16];
    private int _queued;
    private CooperativeTask[] _wakes = new CooperativeTask[16];
    private int _waking;

    // Set when a task in the run queue was paused or woken in this pass: the end of the pass looks at the flags.
    private bool _flagged;

    /// <summary>Queues a task that has a body: it first runs in the next pass.</summary>
    public void Activate(CooperativeTask task)
    {
        task.State = TaskState.Sleeping;
        Wake(task);
    }

    /// <summary>Asks for the task to sleep from the end of this pass.</summary>
    public void Pause(CooperativeTask task)
    {
        if (task.State == TaskState.Active && !task.PauseRequested)
        {
            task.PauseRequested = true;
            _flagged = true;
        }
    }

    /// <summary>Wakes the task: an awake one only keeps a pause of this pass from taking effect.</summary>
    public void Wake(CooperativeTask task)
    {
        if (task.State == TaskState.Active)
        {
            if (!task.WokenInPass)
            {
                task.WokenInPass = true;
                _flagged = true;
            }
        }
        else if (!task.WakeListed)
        {
            task.WakeListed = true;
            Append(ref _wakes, ref _waking, task);
        }
    }

    /// <summary>One pass: the requests made since the last one, every awake task one step, then this pass's requests.</summary>
    public void RunPass()
    {
        ApplyRequests();
        var queue = _runQueue;
        var count = _queued;
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            var task = queue[i];
            if (task.State != TaskState.Active)
            {
                // Paused in the last pass: it leaves the run queue until a wake puts it back at the tail.
                task.State = TaskState.Sleeping;
                continue;
            }

            if (task.Body!.MoveNext())
            {
                // Compacting in place: an entry is moved (a reference store) only once one before it has gone.
                if (kept != i)
                {
                    queue[kept] = task;
                }

                kept++;
            }
            else
            {
                task.State = TaskState.Inactive;
            }
        }

        if (kept < count)
        {
            Array.Clear(queue, kept, count - kept);
        }

        _queued = kept;
        ApplyRequests();
    }

    /// <summary>Pauses first, then wakes, so that a wake in the same pass wins.</summary>
    private void ApplyRequests()
    {
        if (_flagged)
        {
            _flagged = false;
            var queue = _runQueue;
            for (var i = 0; i < _queued; i++)
            {
                var task = queue[i];
                if (task.PauseRequested && !task.WokenInPass)
                {
                    task.State = TaskState.GoingToSleep;
                }

                task.PauseRequested = false;
                task.WokenInPass = false;
            }
        }

        var wakes = _wakes;
        for (var i = 0; i < _waking; i++)
        {
            var task = wakes[i];
            wakes[i] = null!;
            task.WakeListed = false;
            if (task.State == TaskState.Sleeping)
            {
                task.State = TaskState.Active;
                Append(ref _runQueue, ref _queued, task);
            }
            else if (task.State == TaskState.GoingToSleep)
            {
                task.State = TaskState.Active;
            }
        }

        _waking = 0;
    }

    private static void Append(ref CooperativeTask[] list, ref int count, CooperativeTask task)
    {
        if (count == list.Length)
        {
            Array.Resize(ref list, list.Length * 2);
        }

        list[count++] = task;
    }
}
