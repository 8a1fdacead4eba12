namespace Kamaelia.Util;

/// <summary>Reads the outcome of a task that has already completed: never blocks, and rethrows its exception as is.</summary>
internal static class CompletedTask
{
    public static void Observe(Task task)
    {
        if (!task.IsCompleted)
        {
            throw new InvalidOperationException("The task has not completed yet: a component must not block on it.");
        }

        task.GetAwaiter().GetResult();
    }

    public static T Result<T>(Task<T> task)
    {
        Observe(task);
        return task.Result;
    }
}
