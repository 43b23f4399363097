using Broker.Instruments;

namespace Broker.Groww.Instruments;

/// <summary>
/// One row of Groww's instrument master (<c>instrument.csv</c>). An instrument is identified by
/// (<see cref="Exchange"/>, <see cref="Segment"/>, <see cref="ExchangeToken"/>) for live data, and by
/// <see cref="TradingSymbol"/> within exchange and segment for orders.
/// </summary>
public sealed record GrowwInstrumentRecord : ITradableInstrument
{
    /// <summary><c>exchange</c>: NSE, BSE or MCX.</summary>
    public required GrowwExchange Exchange { get; init; }

    /// <summary><c>exchange_token</c>: the exchange's id, text (numeric for most rows, the index name for NSE indices such as <c>NIFTY</c>).</summary>
    public required string ExchangeToken { get; init; }

    /// <summary><c>trading_symbol</c>: the symbol orders use, such as <c>RELIANCE</c> or <c>NIFTY25DEC24000CE</c>.</summary>
    public required string TradingSymbol { get; init; }

    /// <summary><c>groww_symbol</c>: Groww's symbol, such as <c>NSE-RELIANCE</c> or <c>NSE-NIFTY-30Sep25-24650-CE</c>.</summary>
    public required string GrowwSymbol { get; init; }

    /// <summary><c>name</c>: the instrument's name, if given.</summary>
    public string? Name { get; init; }

    /// <summary><c>instrument_type</c>: EQ, IDX, FUT, CE, PE and others, as written.</summary>
    public required string InstrumentType { get; init; }

    /// <summary><c>segment</c>: CASH, FNO or COMMODITY.</summary>
    public required GrowwSegment Segment { get; init; }

    /// <summary><c>series</c>: the exchange series (EQ, BE…), if given.</summary>
    public string? Series { get; init; }

    /// <summary><c>isin</c>, if given.</summary>
    public string? Isin { get; init; }

    /// <summary><c>underlying_symbol</c>: a derivative's underlying, such as <c>NIFTY</c>.</summary>
    public string? UnderlyingSymbol { get; init; }

    /// <summary><c>underlying_exchange_token</c>: the underlying's exchange token.</summary>
    public string? UnderlyingExchangeToken { get; init; }

    /// <summary><c>expiry_date</c>: a derivative's expiry.</summary>
    public DateOnly? ExpiryDate { get; init; }

    /// <summary><c>strike_price</c>: an option's strike in rupees; <see langword="null"/> for everything else (futures carry a <c>-0.01</c> placeholder, mapped to none).</summary>
    public decimal? StrikePrice { get; init; }

    /// <summary>Call or put for options (from <c>instrument_type</c> CE/PE); <see cref="InstrumentOptionType.None"/> otherwise.</summary>
    public InstrumentOptionType OptionType { get; init; }

    /// <summary><c>lot_size</c>: order quantities must be a multiple of it (1 when not given).</summary>
    public long LotSize { get; init; } = 1;

    /// <summary><c>tick_size</c> in rupees (see <see cref="GrowwInstrumentsOptions.TickSizeUnit"/>).</summary>
    public decimal? TickSize { get; init; }

    /// <summary><c>freeze_quantity</c>: one order must be for less, if given (0 in the file means none).</summary>
    public long? FreezeQuantity { get; init; }

    /// <summary><c>is_reserved</c>.</summary>
    public bool? IsReserved { get; init; }

    /// <summary><c>buy_allowed</c>.</summary>
    public bool? BuyAllowed { get; init; }

    /// <summary><c>sell_allowed</c>.</summary>
    public bool? SellAllowed { get; init; }

    /// <summary><c>internal_trading_symbol</c> (current header only).</summary>
    public string? InternalTradingSymbol { get; init; }

    /// <summary><c>is_intraday</c> (current header only).</summary>
    public bool? IsIntraday { get; init; }

    /// <summary><c>feed_key</c> (the 2025 header only).</summary>
    public string? FeedKey { get; init; }

    /// <summary><see langword="true"/> for futures and options.</summary>
    public bool IsDerivative => ExpiryDate is not null;

    /// <inheritdoc />
    public string Description => $"{Exchange}/{Segment} {TradingSymbol} (exchange_token {ExchangeToken})";

    /// <inheritdoc />
    public override string ToString() => Description;
}
