namespace Broker.Dhan.Historical;

/// <summary>
/// Intraday candles (<c>POST /charts/intraday</c>). Ranges longer than 90 days are split into several calls and
/// joined (about five years of history are available).
/// </summary>
public sealed record DhanIntradayCandlesRequest
{
    /// <summary>The security id.</summary>
    public required string SecurityId { get; init; }

    /// <summary>The exchange segment.</summary>
    public required DhanExchangeSegment ExchangeSegment { get; init; }

    /// <summary>The instrument type.</summary>
    public required DhanInstrumentType Instrument { get; init; }

    /// <summary>Candle size in minutes: 1, 5, 15, 25 or 60 (the portal lists 30 instead of 25; any positive value is passed through).</summary>
    public int IntervalMinutes { get; init; } = 1;

    /// <summary>Include open interest.</summary>
    public bool IncludeOpenInterest { get; init; }

    /// <summary>The start (sent as IST wall-clock time).</summary>
    public required DateTimeOffset From { get; init; }

    /// <summary>The end (sent as IST wall-clock time).</summary>
    public required DateTimeOffset To { get; init; }
}
