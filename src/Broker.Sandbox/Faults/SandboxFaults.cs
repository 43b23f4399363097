namespace Broker.Sandbox;

/// <summary>
/// Faults waiting for the next requests of an endpoint, by the endpoint's stable name (see
/// <see cref="SandboxEndpointNames"/>). A name ending in <c>*</c> matches every endpoint with that prefix
/// (<c>groww.orders.*</c>, <c>*</c>). Each matching request takes one fault, oldest first.
/// </summary>
public sealed class SandboxFaults
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];

    /// <summary>Makes the next <paramref name="count"/> requests of an endpoint fail with <paramref name="fault"/>.</summary>
    /// <param name="endpoint">An endpoint name such as <c>groww.orders.create</c>, or a prefix ending in <c>*</c>.</param>
    /// <param name="fault">What to do to those requests.</param>
    /// <param name="count">How many requests; at least 1.</param>
    public void Inject(string endpoint, Fault fault, int count = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpoint);
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (!endpoint.EndsWith('*') && !SandboxEndpointNames.All.Contains(endpoint))
        {
            throw new ArgumentException($"'{endpoint}' is not a sandbox endpoint name; see SandboxEndpointNames.", nameof(endpoint));
        }

        lock (_gate)
        {
            _entries.Add(new Entry(endpoint, fault, count));
        }
    }

    /// <summary>How many injected faults are still waiting for an endpoint (counting prefix patterns that match it).</summary>
    /// <param name="endpoint">An endpoint name.</param>
    /// <returns>The number of requests that will still fail.</returns>
    public int Pending(string endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        lock (_gate)
        {
            return _entries.Where(e => e.Matches(endpoint)).Sum(e => e.Remaining);
        }
    }

    /// <summary>Removes every waiting fault.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    internal Fault? TryTake(string endpoint)
    {
        lock (_gate)
        {
            var entry = _entries.FirstOrDefault(e => e.Matches(endpoint));
            if (entry is null)
            {
                return null;
            }

            entry.Remaining--;
            if (entry.Remaining == 0)
            {
                _entries.Remove(entry);
            }

            return entry.Fault;
        }
    }

    private sealed class Entry(string pattern, Fault fault, int count)
    {
        public Fault Fault { get; } = fault;

        public int Remaining { get; set; } = count;

        public bool Matches(string endpoint) => pattern.EndsWith('*')
            ? endpoint.StartsWith(pattern[..^1], StringComparison.Ordinal)
            : string.Equals(pattern, endpoint, StringComparison.Ordinal);
    }
}
