namespace Broker.Dhan.Funds;

/// <summary>
/// The combined margin of several instruments (<c>POST /margincalculator/multi</c>). Dhan documents two answer forms:
/// the current camelCase one (<c>totalMargin</c>, <c>spanMargin</c>, <c>exposure</c>, <c>equityMargin</c>,
/// <c>foMargin</c>, <c>commodity</c>, <c>currency</c> as numbers) and the classic page's snake_case one
/// (<c>total_margin</c>, <c>span_margin</c>, <c>exposure_margin</c>, <c>equity_margin</c>, <c>fo_margin</c>,
/// <c>commodity_margin</c>, <c>hedge_benefit</c> as strings, <c>currency</c> as <c>"INR"</c>). Both fill the same
/// properties. Dhan says the values are indicative and valid only for the current session.
/// </summary>
public sealed record DhanMultiMargin
{
    /// <summary>The client id (<c>clientId</c>; absent from the classic form).</summary>
    public string? ClientId { get; init; }

    /// <summary>The total margin the instruments need together (<c>totalMargin</c> / <c>total_margin</c>).</summary>
    public decimal? TotalMargin { get; init; }

    /// <summary>SPAN margin (<c>spanMargin</c> / <c>span_margin</c>).</summary>
    public decimal? SpanMargin { get; init; }

    /// <summary>Exposure margin (<c>exposure</c> / <c>exposure_margin</c>).</summary>
    public decimal? Exposure { get; init; }

    /// <summary>Margin for the equity segment (<c>equityMargin</c> / <c>equity_margin</c>).</summary>
    public decimal? EquityMargin { get; init; }

    /// <summary>Margin for futures and options (<c>foMargin</c> / <c>fo_margin</c>).</summary>
    public decimal? FoMargin { get; init; }

    /// <summary>Margin for commodities (<c>commodity</c> / <c>commodity_margin</c>).</summary>
    public decimal? Commodity { get; init; }

    /// <summary>
    /// Margin for currency derivatives, when <c>currency</c> is a number (the current form). Null when the answer
    /// names the currency of its amounts instead; see <see cref="CurrencyCode"/>.
    /// </summary>
    public decimal? Currency { get; init; }

    /// <summary>The currency the amounts are in, when <c>currency</c> is text (the classic form's <c>"INR"</c>).</summary>
    public string? CurrencyCode { get; init; }

    /// <summary>The margin saved by hedging (<c>hedge_benefit</c>; the classic form only).</summary>
    public decimal? HedgeBenefit { get; init; }
}
