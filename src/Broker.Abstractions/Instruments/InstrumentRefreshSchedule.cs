using Broker.Time;

namespace Broker.Instruments;

/// <summary>When an instrument master becomes stale: at the rollover time (IST) of each trading day.</summary>
internal static class InstrumentRefreshSchedule
{
    /// <summary>The latest rollover at or before <paramref name="now"/>, on a trading day.</summary>
    public static DateTimeOffset LastRollover(DateTimeOffset now, TimeOnly rollover, ICollection<DayOfWeek> tradingDays)
    {
        var ist = IndianTime.ToIst(now);
        var day = DateOnly.FromDateTime(ist.DateTime);
        for (var i = 0; i < 15; i++, day = day.AddDays(-1))
        {
            var candidate = new DateTimeOffset(day.ToDateTime(rollover), IndianTime.Offset);
            if (candidate <= ist && tradingDays.Contains(day.DayOfWeek))
            {
                return candidate;
            }
        }

        return DateTimeOffset.MinValue;
    }

    /// <summary>The first rollover strictly after <paramref name="now"/>, on a trading day.</summary>
    public static DateTimeOffset NextRollover(DateTimeOffset now, TimeOnly rollover, ICollection<DayOfWeek> tradingDays)
    {
        var ist = IndianTime.ToIst(now);
        var day = DateOnly.FromDateTime(ist.DateTime);
        for (var i = 0; i < 15; i++, day = day.AddDays(1))
        {
            var candidate = new DateTimeOffset(day.ToDateTime(rollover), IndianTime.Offset);
            if (candidate > ist && tradingDays.Contains(day.DayOfWeek))
            {
                return candidate;
            }
        }

        return DateTimeOffset.MaxValue;
    }

    /// <summary>Whether a master loaded at <paramref name="loadedAt"/> is stale at <paramref name="now"/>.</summary>
    public static bool IsStale(DateTimeOffset loadedAt, DateTimeOffset now, TimeOnly rollover, ICollection<DayOfWeek> tradingDays) =>
        loadedAt < LastRollover(now, rollover, tradingDays);
}
