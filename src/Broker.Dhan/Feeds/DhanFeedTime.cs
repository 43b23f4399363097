using Broker.Time;

namespace Broker.Dhan.Feeds;

/// <summary>Converts the feed's last-trade-time seconds to an IST <see cref="DateTimeOffset"/>.</summary>
internal static class DhanFeedTime
{
    /// <summary>Converts wire seconds to an instant in IST (+05:30).</summary>
    /// <param name="seconds">The wire value.</param>
    /// <param name="encoding">How the value is encoded; the default reads it as IST wall-clock seconds.</param>
    /// <returns>The instant, with offset +05:30; <see cref="DateTimeOffset.MinValue"/> for 0 (never traded).</returns>
    public static DateTimeOffset ToIst(uint seconds, DhanTradeTimeEncoding encoding = DhanTradeTimeEncoding.IstWallClockEpoch)
    {
        if (seconds == 0)
        {
            return DateTimeOffset.MinValue;
        }

        var ticks = DateTime.UnixEpoch.Ticks + (seconds * TimeSpan.TicksPerSecond);
        return encoding == DhanTradeTimeEncoding.UnixEpoch
            ? new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(IndianTime.Offset)
            : new DateTimeOffset(ticks, IndianTime.Offset);
    }

    /// <summary>The wire seconds for an instant (the inverse of <see cref="ToIst"/>), for simulators and tests.</summary>
    /// <param name="value">The instant.</param>
    /// <param name="encoding">The encoding.</param>
    /// <returns>The seconds.</returns>
    public static uint ToWire(DateTimeOffset value, DhanTradeTimeEncoding encoding = DhanTradeTimeEncoding.IstWallClockEpoch)
    {
        var wallOrUtc = encoding == DhanTradeTimeEncoding.UnixEpoch ? value.UtcDateTime : IndianTime.ToIst(value).DateTime;
        return (uint)((wallOrUtc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond);
    }
}
