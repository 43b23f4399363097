namespace Broker.RateLimiting;

/// <summary>
/// The grant times of the most recent <c>limit</c> permits of one window, oldest first. A new permit may be
/// granted at time t when fewer than <c>limit</c> permits are logged, or the oldest is at least one window old.
/// Grows on demand, so a 100,000-per-day window costs memory only as it is used.
/// </summary>
internal sealed class SlidingLog
{
    private readonly int _limit;
    private readonly long _windowTicks;
    private long[] _times;
    private int _head;
    private int _count;

    public SlidingLog(int limit, long windowTicks)
    {
        _limit = limit;
        _windowTicks = windowTicks;
        _times = new long[Math.Min(limit, 64)];
    }

    /// <summary>The earliest time at which one more permit fits; at most <paramref name="now"/> when one fits now.</summary>
    public long NextFree(long now) => _count < _limit ? now : _times[_head] + _windowTicks;

    public void Record(long now)
    {
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
