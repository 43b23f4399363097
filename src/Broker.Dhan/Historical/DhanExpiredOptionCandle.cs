namespace Broker.Dhan.Historical;

/// <summary>
/// One candle of an expired option contract at a strike relative to ATM. Fields not listed in the request's
/// <c>RequiredData</c> are null.
/// </summary>
/// <param name="Time">When the candle starts (IST).</param>
public sealed record DhanExpiredOptionCandle(DateTimeOffset Time)
{
    /// <summary>Open price.</summary>
    public decimal? Open { get; init; }

    /// <summary>High price.</summary>
    public decimal? High { get; init; }

    /// <summary>Low price.</summary>
    public decimal? Low { get; init; }

    /// <summary>Close price.</summary>
    public decimal? Close { get; init; }

    /// <summary>Volume.</summary>
    public long? Volume { get; init; }

    /// <summary>Open interest.</summary>
    public long? OpenInterest { get; init; }

    /// <summary>Implied volatility.</summary>
    public decimal? ImpliedVolatility { get; init; }

    /// <summary>The actual strike the relative strike resolved to.</summary>
    public decimal? Strike { get; init; }

    /// <summary>The underlying's spot price.</summary>
    public decimal? Spot { get; init; }
}
