using Broker.Collections;

namespace Broker.Dhan.Historical;

/// <summary>
/// Candles of expired options by strike relative to ATM (<c>POST /charts/rollingoption</c>). Ranges longer than
/// <see cref="DhanClientOptions.MaxExpiredOptionsDaysPerRequest"/> (30 days) are split and joined.
/// </summary>
public sealed record DhanExpiredOptionsRequest
{
    /// <summary>The underlying's security id (for example 13 for NIFTY).</summary>
    public required long UnderlyingSecurityId { get; init; }

    /// <summary>The options' segment (NSE_FNO, BSE_FNO).</summary>
    public required DhanExchangeSegment ExchangeSegment { get; init; }

    /// <summary>OPTIDX or OPTSTK.</summary>
    public required DhanInstrumentType Instrument { get; init; }

    /// <summary>WEEK or MONTH expiries.</summary>
    public required DhanExpiryFlag ExpiryFlag { get; init; }

    /// <summary>Which expiry: 1 = near (default), 2 = next, 3 = far (OpenAPI numbering).</summary>
    public int ExpiryCode { get; init; } = 1;

    /// <summary>The strike relative to ATM: <c>ATM</c>, <c>ATM+1</c> … <c>ATM+10</c>, <c>ATM-1</c> … <c>ATM-10</c>.</summary>
    public string Strike { get; init; } = "ATM";

    /// <summary>CALL or PUT.</summary>
    public required DhanOptionType OptionType { get; init; }

    /// <summary>Candle size in minutes: 1, 5, 15, 25 or 60.</summary>
    public int IntervalMinutes { get; init; } = 1;

    /// <summary>Which series to return (<c>open high low close iv volume strike oi spot</c>); all when null.</summary>
    public IReadOnlyList<string>? RequiredData { get; init => field = ValueList.From(value); }

    /// <summary>The first day.</summary>
    public required DateOnly FromDate { get; init; }

    /// <summary>The day after the last day wanted (exclusive).</summary>
    public required DateOnly ToDate { get; init; }
}
