namespace Broker.Sandbox.Feeds;

/// <summary>
/// Every connection attempt to the feed sockets and the sessions open now, for all four sockets. Thread-safe: sockets
/// come and go on Kestrel's threads while ticks and test controls walk the open sessions.
/// </summary>
internal sealed class FeedConnectionRegistry
{
    /// <summary>Dhan allows five sockets of one kind per client; a sixth makes the server drop the oldest (805).</summary>
    public const int MaxSessionsPerClient = 5;

    private readonly Lock _gate = new();
    private readonly List<FeedSession> _sessions = [];
    private readonly List<SandboxFeedConnection> _attempts = [];
    private readonly CountWaiters _openWaiters = new();
    private int _nextId;

    public IReadOnlyList<SandboxFeedConnection> Attempts
    {
        get
        {
            lock (_gate)
            {
                return [.. _attempts];
            }
        }
    }

    public int OpenCount
    {
        get
        {
            lock (_gate)
            {
                return _sessions.Count;
            }
        }
    }

    /// <summary>The subscriptions of every open session, as <c>SEGMENT:ID:code</c>, sorted.</summary>
    public IReadOnlyList<string> Subscriptions
    {
        get
        {
            lock (_gate)
            {
                return [.. _sessions.SelectMany(s => s.Subscriptions()).Select(s => $"{s.Segment}:{s.SecurityId}:{s.Mode}").Order(StringComparer.Ordinal)];
            }
        }
    }

    public int NextId() => Interlocked.Increment(ref _nextId);

    /// <summary>Records an attempt and, when accepted, opens its session.</summary>
    /// <returns>The client's oldest session of the same kind when this one is one too many, for the caller to disconnect.</returns>
    public FeedSession? Open(FeedSession session, SandboxFeedConnection attempt)
    {
        lock (_gate)
        {
            _attempts.Add(attempt);
            if (!attempt.Accepted)
            {
                return null;
            }

            var same = _sessions.Where(s => s.Kind == session.Kind && s.ClientId == session.ClientId).ToList();
            _sessions.Add(session);
            ReleaseOpenWaiters();
            return same.Count >= MaxSessionsPerClient ? same[0] : null;
        }
    }

    public void Close(FeedSession session)
    {
        lock (_gate)
        {
            _sessions.Remove(session);
        }
    }

    /// <summary>Runs an action on each open session, outside the registry's lock (actions may enqueue and abort).</summary>
    public void ForEach(Action<FeedSession> action)
    {
        List<FeedSession> sessions;
        lock (_gate)
        {
            sessions = [.. _sessions];
        }

        foreach (var session in sessions)
        {
            action(session);
        }
    }

    /// <summary>Completes once at least <paramref name="count"/> sessions are open: a signal for tests instead of polling.</summary>
    public Task WhenOpenCountReachesAsync(int count, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _openWaiters.WhenReaches(count, _sessions.Count, cancellationToken);
        }
    }

    private void ReleaseOpenWaiters()
    {
        _openWaiters.Release(_sessions.Count);
    }
}
