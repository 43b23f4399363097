namespace Broker.Sandbox;

/// <summary>
/// Every request the sandbox has received, in order of arrival, with helpers to prove a client kept to the rate
/// limits. Safe to read while requests are served.
/// </summary>
public sealed class SandboxRequestLog
{
    private readonly Lock _gate = new();
    private readonly List<SandboxRequest> _requests = [];
    private readonly Dictionary<string, int> _countsByEndpoint = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CountWaiters> _waitersByEndpoint = new(StringComparer.Ordinal);
    private readonly int _capacity;
    private long _sequence;

    internal SandboxRequestLog(int capacity)
    {
        _capacity = capacity;
    }

    /// <summary>All recorded requests, in order of arrival.</summary>
    /// <returns>A snapshot.</returns>
    public IReadOnlyList<SandboxRequest> Snapshot()
    {
        lock (_gate)
        {
            return [.. _requests.OrderBy(r => r.Sequence)];
        }
    }

    /// <summary>The recorded requests of one endpoint, in order of arrival.</summary>
    /// <param name="endpoint">The endpoint name (<see cref="SandboxEndpointNames"/>).</param>
    /// <returns>A snapshot.</returns>
    public IReadOnlyList<SandboxRequest> ForEndpoint(string endpoint) =>
        [.. Snapshot().Where(r => string.Equals(r.Endpoint, endpoint, StringComparison.Ordinal))];

    /// <summary>The recorded requests of one broker's rate-limit category, in order of arrival.</summary>
    /// <param name="broker"><c>Groww</c> or <c>Dhan</c>.</param>
    /// <param name="category">The category name.</param>
    /// <returns>A snapshot.</returns>
    public IReadOnlyList<SandboxRequest> ForCategory(string broker, string category) =>
        [.. Snapshot().Where(r => string.Equals(r.Broker, broker, StringComparison.OrdinalIgnoreCase)
            && string.Equals(r.Category, category, StringComparison.OrdinalIgnoreCase))];

    /// <summary>
    /// The largest number of requests of a category that arrived within any interval of length
    /// <paramref name="window"/> (by <see cref="SandboxRequest.Elapsed"/>). A client that respects "N per window"
    /// gives at most N. Refused requests count: the client did put them on the wire.
    /// </summary>
    /// <param name="broker"><c>Groww</c> or <c>Dhan</c>.</param>
    /// <param name="category">The category name.</param>
    /// <param name="window">The window length, e.g. one second.</param>
    /// <param name="account">Only this account's requests, when given.</param>
    /// <returns>The busiest window's count.</returns>
    public int MaxInAnyWindow(string broker, string category, TimeSpan window, string? account = null)
    {
        var times = ForCategory(broker, category)
            .Where(r => account is null || string.Equals(r.Account, account, StringComparison.Ordinal))
            .Select(r => r.Elapsed)
            .Order()
            .ToArray();
        var max = 0;
        var start = 0;
        for (var end = 0; end < times.Length; end++)
        {
            while (times[end] - times[start] >= window)
            {
                start++;
            }

            max = Math.Max(max, end - start + 1);
        }

        return max;
    }

    /// <summary>
    /// A task that completes once <paramref name="count"/> requests of an endpoint have been answered since the
    /// sandbox started (at once when they already have): a signal for tests, instead of polling. <see cref="Clear"/>
    /// does not reset this count.
    /// </summary>
    /// <param name="endpoint">The endpoint name (<see cref="SandboxEndpointNames"/>).</param>
    /// <param name="count">How many requests; at least 1.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The task.</returns>
    public Task WhenCountReachesAsync(string endpoint, int count, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpoint);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        lock (_gate)
        {
            if (!_waitersByEndpoint.TryGetValue(endpoint, out var waiters))
            {
                waiters = _waitersByEndpoint[endpoint] = new CountWaiters();
            }

            return waiters.WhenReaches(count, _countsByEndpoint.GetValueOrDefault(endpoint), cancellationToken);
        }
    }

    /// <summary>Forgets every recorded request.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
        }
    }

    internal long NextSequence() => Interlocked.Increment(ref _sequence);

    internal void Add(SandboxRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
            if (_requests.Count > _capacity)
            {
                _requests.RemoveRange(0, _requests.Count - _capacity);
            }

            var count = _countsByEndpoint[request.Endpoint] = _countsByEndpoint.GetValueOrDefault(request.Endpoint) + 1;
            if (_waitersByEndpoint.TryGetValue(request.Endpoint, out var waiters))
            {
                waiters.Release(count);
            }
        }
    }
}
