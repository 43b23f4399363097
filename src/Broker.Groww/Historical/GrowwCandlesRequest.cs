namespace Broker.Groww.Historical;

/// <summary>
/// A request for historical candles (<c>GET /v1/historical/candles</c>). Groww serves CASH and FNO from 2020, and at
/// most 30 days per call for 1–5 minute candles, 90 days for 10–30 minutes, 180 days for 1 hour and longer.
/// </summary>
public sealed record GrowwCandlesRequest
{
    /// <summary>The exchange (<c>exchange</c>): NSE or BSE.</summary>
    public required GrowwExchange Exchange { get; init; }

    /// <summary>The segment (<c>segment</c>): CASH or FNO.</summary>
    public required GrowwSegment Segment { get; init; }

    /// <summary>The Groww symbol (<c>groww_symbol</c>), such as <c>NSE-WIPRO</c> or <c>NSE-NIFTY-30Sep25-24650-CE</c>.</summary>
    public required string GrowwSymbol { get; init; }

    /// <summary>The start (<c>start_time</c>, sent as IST <c>yyyy-MM-dd HH:mm:ss</c>).</summary>
    public required DateTimeOffset StartTime { get; init; }

    /// <summary>The end (<c>end_time</c>, sent as IST <c>yyyy-MM-dd HH:mm:ss</c>).</summary>
    public required DateTimeOffset EndTime { get; init; }

    /// <summary>The candle interval (<c>candle_interval</c>).</summary>
    public required GrowwCandleInterval CandleInterval { get; init; }
}
