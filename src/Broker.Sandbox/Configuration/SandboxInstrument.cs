namespace Broker.Sandbox;

/// <summary>
/// An instrument the sandbox quotes and trades, with the identifiers each broker uses for it: Groww's exchange,
/// segment and trading symbol; Dhan's exchange segment and security id.
/// </summary>
public sealed class SandboxInstrument
{
    /// <summary>The exchange trading symbol (Groww <c>trading_symbol</c>, Dhan <c>tradingSymbol</c>), e.g. <c>RELIANCE</c>.</summary>
    public required string TradingSymbol { get; init; }

    /// <summary>The Groww exchange: <c>NSE</c> or <c>BSE</c>.</summary>
    public string Exchange { get; init; } = "NSE";

    /// <summary>The Groww segment: <c>CASH</c> for stocks and indices.</summary>
    public string GrowwSegment { get; init; } = "CASH";

    /// <summary>The Dhan security id, e.g. <c>2885</c> for RELIANCE.</summary>
    public required string DhanSecurityId { get; init; }

    /// <summary>The Dhan exchange segment: <c>NSE_EQ</c>, or <c>IDX_I</c> for an index.</summary>
    public string DhanExchangeSegment { get; init; } = "NSE_EQ";

    /// <summary>The company or index name, as in the instrument masters.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// Groww's <c>exchange_token</c>: the NSE token (the same number as the Dhan security id for NSE equities) or,
    /// for an NSE index, its name. Defaults to <see cref="DhanSecurityId"/>, or <see cref="TradingSymbol"/> for an index.
    /// </summary>
    public string? ExchangeToken { get; init; }

    /// <summary>The ISIN; <see langword="null"/> for an index.</summary>
    public string? Isin { get; init; }

    /// <summary>The last traded price at start-up, in rupees.</summary>
    public decimal Price { get; init; }

    /// <summary>The previous session's close; the start price when not set.</summary>
    public decimal? PreviousClose { get; init; }

    /// <summary>The tick size: prices are multiples of it. 0.05 for NSE equities.</summary>
    public decimal TickSize { get; init; } = 0.05m;

    /// <summary>Whether this is an index: quoted, never ordered.</summary>
    public bool IsIndex { get; init; }

    /// <summary>
    /// RELIANCE (Dhan 2885), TCS (11536), INFY (1594) and HDFCBANK (1333) on NSE, and the NIFTY 50 index (Dhan
    /// <c>IDX_I</c> 13, Groww <c>NSE</c>/<c>CASH</c>/<c>NIFTY</c>), at realistic prices.
    /// </summary>
    /// <returns>A new, mutable list.</returns>
    public static IList<SandboxInstrument> CreateDefaultSet() =>
    [
        new() { TradingSymbol = "RELIANCE", Name = "RELIANCE INDUSTRIES LTD", DhanSecurityId = "2885", Isin = "INE002A01018", Price = 1425.50m, PreviousClose = 1418.20m },
        new() { TradingSymbol = "TCS", Name = "TATA CONSULTANCY SERV LT", DhanSecurityId = "11536", Isin = "INE467B01029", Price = 3150.00m, PreviousClose = 3162.40m },
        new() { TradingSymbol = "INFY", Name = "INFOSYS LIMITED", DhanSecurityId = "1594", Isin = "INE009A01021", Price = 1520.40m, PreviousClose = 1511.85m },
        new() { TradingSymbol = "HDFCBANK", Name = "HDFC BANK LTD", DhanSecurityId = "1333", Isin = "INE040A01034", Price = 985.20m, PreviousClose = 990.05m },
        new() { TradingSymbol = "NIFTY", Name = "NIFTY 50", DhanSecurityId = "13", DhanExchangeSegment = "IDX_I", Price = 25850.35m, PreviousClose = 25790.10m, IsIndex = true },
    ];

    internal string GrowwExchangeToken => ExchangeToken ?? (IsIndex ? TradingSymbol : DhanSecurityId);

    internal string DisplayName => Name ?? TradingSymbol;

    /// <inheritdoc />
    public override string ToString() => $"{Exchange}:{TradingSymbol} (Dhan {DhanExchangeSegment} {DhanSecurityId})";
}
