namespace Broker.Sandbox;

/// <summary>
/// Every Dhan postback the sandbox has sent or tried to send, in the order the orders changed, with a way to wait for
/// them: postbacks go out in the background, after the REST call or tick that changed the order has returned. Safe to
/// read while postbacks are sent.
/// </summary>
public sealed class SandboxPostbackLog
{
    private readonly Lock _gate = new();
    private readonly List<SandboxPostback> _sent = [];
    private readonly CountWaiters _waiters = new();

    internal SandboxPostbackLog()
    {
    }

    /// <summary>How many postbacks have been attempted (delivered or failed).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _sent.Count;
            }
        }
    }

    /// <summary>Every attempted postback, oldest first.</summary>
    /// <returns>A snapshot.</returns>
    public IReadOnlyList<SandboxPostback> Snapshot()
    {
        lock (_gate)
        {
            return [.. _sent];
        }
    }

    /// <summary>The attempted postbacks of one order, oldest first.</summary>
    /// <param name="orderId">The order's id.</param>
    /// <returns>A snapshot.</returns>
    public IReadOnlyList<SandboxPostback> ForOrder(string orderId) =>
        [.. Snapshot().Where(p => string.Equals(p.OrderId, orderId, StringComparison.Ordinal))];

    /// <summary>Completes once at least <paramref name="count"/> postbacks have been attempted (delivered or failed).</summary>
    /// <param name="count">How many.</param>
    /// <param name="cancellationToken">Stops waiting (give it a timeout).</param>
    /// <returns>A task that completes when the count is reached.</returns>
    public Task WhenCountReachesAsync(int count, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _waiters.WhenReaches(count, _sent.Count, cancellationToken);
        }
    }

    internal void Add(SandboxPostback postback)
    {
        lock (_gate)
        {
            _sent.Add(postback);
            _waiters.Release(_sent.Count);
        }
    }
}
