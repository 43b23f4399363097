namespace Broker.Sandbox;

/// <summary>
/// The server's clock: the configured <see cref="SandboxOptions.TimeProvider"/> plus an offset that only grows. Tests
/// move it with <see cref="Advance"/> to expire tokens or push the approval timestamp out of its window without
/// waiting. Token expiry, TOTP checks and order times read it; rate-limit windows do not.
/// </summary>
public sealed class SandboxClock : TimeProvider
{
    private readonly TimeProvider _inner;
    private long _offsetTicks;

    internal SandboxClock(TimeProvider inner)
    {
        _inner = inner;
    }

    /// <summary>How far the clock has been moved ahead of its underlying time provider.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow() + Offset;

    /// <inheritdoc />
    public override long GetTimestamp() => _inner.GetTimestamp();

    /// <inheritdoc />
    public override long TimestampFrequency => _inner.TimestampFrequency;

    /// <summary>Moves the server clock forward.</summary>
    /// <param name="delta">How far; not negative.</param>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, delta.Ticks);
    }

    /// <summary>Moves the server clock forward to an instant.</summary>
    /// <param name="value">The instant; not before the clock's current time.</param>
    public void SetUtcNow(DateTimeOffset value)
    {
        var delta = value - GetUtcNow();
        if (delta < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The sandbox clock only moves forward.");
        }

        Advance(delta);
    }
}
