using Microsoft.Extensions.Time.Testing;

namespace Broker.Testing;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also counts its armed timers, for the few tests whose signal is "the code under
/// test is now parked on a wait" (advancing the clock before the wait exists would be lost): they wait, bounded in real
/// time, for <see cref="ActiveTimerCount"/> rather than guessing with a delay. Time and firing are the base class's.
/// </summary>
public sealed class TimerCountingFakeTimeProvider : FakeTimeProvider
{
    private readonly Lock _gate = new();
    private readonly HashSet<CountedTimer> _armed = [];

    /// <summary>Creates the clock at <see cref="FakeClock.DefaultStart"/>.</summary>
    public TimerCountingFakeTimeProvider()
        : this(FakeClock.DefaultStart)
    {
    }

    /// <summary>Creates the clock at <paramref name="start"/> (held in UTC).</summary>
    public TimerCountingFakeTimeProvider(DateTimeOffset start)
        : base(start.ToUniversalTime())
    {
    }

    /// <summary>How many timers are armed: created or changed with a finite due time, and neither fired (one-shot), stopped nor disposed.</summary>
    public int ActiveTimerCount
    {
        get
        {
            lock (_gate)
            {
                return _armed.Count;
            }
        }
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var counted = new CountedTimer(this);
        Track(counted, dueTime, period);
        counted.Inner = base.CreateTimer(s => counted.Fired(callback, s), state, dueTime, period);
        return counted;
    }

    private void Track(CountedTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            timer.Periodic = period != Timeout.InfiniteTimeSpan && period != TimeSpan.Zero;
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                _armed.Remove(timer);
            }
            else
            {
                _armed.Add(timer);
            }
        }
    }

    private void Untrack(CountedTimer timer)
    {
        lock (_gate)
        {
            _armed.Remove(timer);
        }
    }

    private sealed class CountedTimer(TimerCountingFakeTimeProvider owner) : ITimer
    {
        public ITimer? Inner { get; set; }

        public bool Periodic { get; set; }

        public void Fired(TimerCallback callback, object? state)
        {
            if (!Periodic)
            {
                owner.Untrack(this);
            }

            callback(state);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            owner.Track(this, dueTime, period);
            return Inner!.Change(dueTime, period);
        }

        public void Dispose()
        {
            owner.Untrack(this);
            Inner?.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
