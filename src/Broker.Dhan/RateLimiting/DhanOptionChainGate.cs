namespace Broker.Dhan;

/// <summary>
/// Enforces Dhan's "one unique option-chain request per 3 seconds": the same request (same underlying, segment and
/// expiry) is held back until the interval since its last sending has passed, while different requests go at once.
/// One instance per account (a keyed singleton), so every client of the account shares it.
/// </summary>
internal sealed class DhanOptionChainGate
{
    private readonly Dictionary<string, DateTimeOffset> _nextAllowed = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _interval;

    /// <summary>Creates a gate.</summary>
    /// <param name="interval">The shortest time between two identical requests.</param>
    /// <param name="timeProvider">The clock.</param>
    public DhanOptionChainGate(TimeSpan interval, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _interval = interval;
        _timeProvider = timeProvider;
    }

    /// <summary>Waits until a request with this key may be sent, and reserves that moment for it.</summary>
    /// <param name="requestKey">Identifies the request, such as <c>optionchain|13|IDX_I|2024-10-31</c>.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>How long the request was held back.</returns>
    public async Task<TimeSpan> WaitAsync(string requestKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requestKey);
        TimeSpan delay;
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            var slot = _nextAllowed.TryGetValue(requestKey, out var next) && next > now ? next : now;
            _nextAllowed[requestKey] = slot + _interval;
            delay = slot - now;
            if (_nextAllowed.Count > 256)
            {
                // Forget keys whose interval has passed so a long-running process does not grow without bound.
                foreach (var stale in _nextAllowed.Where(p => p.Value <= now).Select(p => p.Key).ToList())
                {
                    _nextAllowed.Remove(stale);
                }
            }
        }

        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
            return delay;
        }

        return TimeSpan.Zero;
    }
}
