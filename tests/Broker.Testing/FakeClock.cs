using Microsoft.Extensions.Time.Testing;

namespace Broker.Testing;

/// <summary>
/// Creates the tests' <see cref="FakeTimeProvider"/> (Microsoft.Extensions.TimeProvider.Testing) at a fixed, meaningful
/// start instead of its default of 1 January 2000, 00:00 UTC (05:30 IST, just before Groww's daily token expiry).
/// </summary>
public static class FakeClock
{
    /// <summary>Monday 23 November 2026, 03:45 UTC (09:15 IST, the market's open): the start of every test clock unless a test picks its own.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 23, 3, 45, 0, TimeSpan.Zero);

    /// <summary>A fake clock at <see cref="DefaultStart"/>.</summary>
    public static FakeTimeProvider Create() => Create(DefaultStart);

    /// <summary>
    /// A fake clock at <paramref name="start"/>, held in UTC: <see cref="FakeTimeProvider.GetUtcNow"/> would otherwise
    /// answer with the start's offset (such as +05:30), which a real clock never does.
    /// </summary>
    public static FakeTimeProvider Create(DateTimeOffset start) => new(start.ToUniversalTime());
}
