using System.Text.Json.Serialization;
using Broker.Collections;

namespace Broker.Groww.Historical;

/// <summary>Historical candles (<c>GET /v1/historical/candles</c>). Times in IST.</summary>
public sealed record GrowwCandles
{
    /// <summary>The candles, oldest first (<c>candles</c>).</summary>
    [JsonPropertyName("candles")]
    public IReadOnlyList<GrowwCandle>? Candles { get; init => field = ValueList.From(value); }

    /// <summary>The closing price (<c>closing_price</c>).</summary>
    [JsonPropertyName("closing_price")]
    public decimal? ClosingPrice { get; init; }

    /// <summary>The start of the range served (<c>start_time</c>).</summary>
    [JsonPropertyName("start_time")]
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>The end of the range served (<c>end_time</c>).</summary>
    [JsonPropertyName("end_time")]
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>The candle length in minutes as Groww reports it (its docs show inconsistent values) (<c>interval_in_minutes</c>).</summary>
    [JsonPropertyName("interval_in_minutes")]
    public long? IntervalInMinutes { get; init; }
}
