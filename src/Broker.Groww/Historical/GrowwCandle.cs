using System.Text.Json.Serialization;
using Broker.Groww.Serialization;

namespace Broker.Groww.Historical;

/// <summary>
/// One candle. Groww sends <c>[timestamp, open, high, low, close, volume, open_interest]</c>; any element may be null
/// (open interest is null outside FNO, and OHLC values are occasionally null even on equity candles).
/// </summary>
[JsonConverter(typeof(GrowwCandleConverter))]
public sealed record GrowwCandle
{
    /// <summary>The candle's start, in IST.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The open price.</summary>
    public decimal? Open { get; init; }

    /// <summary>The high price.</summary>
    public decimal? High { get; init; }

    /// <summary>The low price.</summary>
    public decimal? Low { get; init; }

    /// <summary>The close price.</summary>
    public decimal? Close { get; init; }

    /// <summary>The volume.</summary>
    public long? Volume { get; init; }

    /// <summary>The open interest (FNO only).</summary>
    public long? OpenInterest { get; init; }
}
