namespace Broker.RateLimiting;

/// <summary>
/// The times of the most recent permits of one window that still count against it, oldest first. A permit counts
/// from the moment it is logged until one window later. Permits still in flight (granted but not yet completed,
/// see <see cref="BrokerRateLimiter.AcquireLeaseAsync"/>) count against every window until they are logged.
/// Grows on demand, so a 100,000-per-day window costs memory only as it is used.
/// </summary>
internal sealed class SlidingLog
{
    private readonly int _limit;
    private readonly long _windowTicks;
    private long[] _times;
    private int _head;
    private int _count;

    public long WindowTicks => _windowTicks;

    public SlidingLog(int limit, long windowTicks)
    {
        _limit = limit;
        _windowTicks = windowTicks;
        _times = new long[Math.Min(limit, 64)];
    }

    /// <summary>
    /// The earliest time at which one more permit fits beside <paramref name="inFlight"/> unlogged ones; at most
    /// <paramref name="now"/> when one fits now; <see cref="long.MaxValue"/> when only a completion can free one.
    /// </summary>
    /// <returns>The time, in the limiter's ticks.</returns>
    /// <param name="now">The current time.</param>
    /// <param name="inFlight">Permits granted and not yet logged.</param>
    /// <param name="share">The share of the limit in force (1 unless the broker throttled the category).</param>
    public long NextFree(long now, int inFlight, double share = 1)
    {
        Evict(now);
        var limit = share >= 1 ? _limit : Math.Max(1, (int)(_limit * share));
        var excess = _count + inFlight - limit;
        if (excess < 0)
        {
            return now;
        }

        // The (excess + 1) oldest logged permits must leave the window first.
        return excess < _count ? _times[(_head + excess) % _times.Length] + _windowTicks : long.MaxValue;
    }

    public void Record(long now)
    {
        Evict(now);
        if (_count < _limit)
        {
            if (_count == _times.Length)
            {
                Grow();
            }

            _times[(_head + _count) % _times.Length] = now;
            _count++;
            return;
        }

        _times[_head] = now;
        _head = (_head + 1) % _times.Length;
    }

    private void Evict(long now)
    {
        while (_count > 0 && _times[_head] + _windowTicks <= now)
        {
            _head = (_head + 1) % _times.Length;
            _count--;
        }
    }

    private void Grow()
    {
        var larger = new long[Math.Min(_limit, _times.Length * 2)];
        for (var i = 0; i < _count; i++)
        {
            larger[i] = _times[(_head + i) % _times.Length];
        }

        _times = larger;
        _head = 0;
    }
}
