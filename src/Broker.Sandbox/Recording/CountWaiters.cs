namespace Broker.Sandbox;

/// <summary>
/// Tasks that complete when a growing count (postbacks sent, sockets open) reaches a number: signals for tests instead
/// of polling. Not thread-safe on its own; the owner calls it under the lock that guards its count.
/// </summary>
internal sealed class CountWaiters
{
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];

    /// <summary>A task that completes once the count is at least <paramref name="count"/> (at once when it already is).</summary>
    public Task WhenReaches(int count, int current, CancellationToken cancellationToken)
    {
        if (current >= count)
        {
            return Task.CompletedTask;
        }

        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Add((count, reached));
        return reached.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Completes the waiters whose number the count has now reached.</summary>
    public void Release(int current)
    {
        foreach (var waiter in _waiters.Where(w => current >= w.Count).ToList())
        {
            _waiters.Remove(waiter);
            waiter.Reached.TrySetResult();
        }
    }
}
