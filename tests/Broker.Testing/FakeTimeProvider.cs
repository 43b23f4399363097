namespace Broker.Testing;

/// <summary>
/// A manually driven clock for tests: time moves only when <see cref="Advance"/> or <see cref="SetUtcNow"/> is
/// called, and timers created from it fire, in due order, as time passes them.
/// </summary>
public sealed class FakeTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<FakeTimer> _timers = [];
    private DateTimeOffset _now;
    private long _ticks;

    public FakeTimeProvider()
        : this(new DateTimeOffset(2026, 11, 23, 3, 45, 0, TimeSpan.Zero))
    {
    }

    public FakeTimeProvider(DateTimeOffset start)
    {
        _now = start.ToUniversalTime();
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public int ActiveTimerCount
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count(t => t.DueAt is not null);
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp()
    {
        lock (_gate)
        {
            return _ticks;
        }
    }

    public void SetUtcNow(DateTimeOffset value)
    {
        var delta = value.ToUniversalTime() - GetUtcNow();
        if (delta < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "The fake clock cannot go backwards.");
        }

        Advance(delta);
    }

    /// <summary>Moves time forward, firing every timer that falls due on the way, each at its own due time.</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        long target;
        lock (_gate)
        {
            target = _ticks + delta.Ticks;
        }

        while (true)
        {
            FakeTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.DueAt is { } due && due <= target).OrderBy(t => t.DueAt).ThenBy(t => t.Sequence).FirstOrDefault();
                if (next is null)
                {
                    _now += TimeSpan.FromTicks(target - _ticks);
                    _ticks = target;
                    return;
                }

                var due = next.DueAt!.Value;
                if (due > _ticks)
                {
                    _now += TimeSpan.FromTicks(due - _ticks);
                    _ticks = due;
                }

                next.DueAt = next.Period is { } period ? _ticks + Math.Max(1, period) : null;
            }

            next.Callback(next.State);
        }
    }

    /// <summary>Moves time forward in small steps, letting continuations run between them.</summary>
    public async Task AdvanceInStepsAsync(TimeSpan total, TimeSpan step)
    {
        var elapsed = TimeSpan.Zero;
        while (elapsed < total)
        {
            var delta = step < total - elapsed ? step : total - elapsed;
            Advance(delta);
            elapsed += delta;
            await Task.Yield();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new FakeTimer(this, callback, state);
        lock (_gate)
        {
            timer.Sequence = _timers.Count;
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class FakeTimer(FakeTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public TimerCallback Callback { get; } = callback;

        public object? State { get; } = state;

        public long? DueAt { get; set; }

        public long? Period { get; set; }

        public int Sequence { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._gate)
            {
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : owner._ticks + Math.Max(0, dueTime.Ticks);
                Period = period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero ? null : period.Ticks;
            }

            return true;
        }

        public void Dispose()
        {
            lock (owner._gate)
            {
                DueAt = null;
                owner._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
