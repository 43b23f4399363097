using Broker.Instruments;

namespace Broker.Dhan.Instruments;

/// <summary>
/// One row of Dhan's scrip master (compact <c>SEM_*</c> or detailed columns). A security id is unique only within its
/// exchange segment: identify an instrument by <see cref="Instrument"/> (segment + id), never by the id alone.
/// </summary>
public sealed record DhanInstrumentRecord : ITradableInstrument
{
    /// <summary><c>EXCH_ID</c> / <c>SEM_EXM_EXCH_ID</c>: NSE, BSE or MCX.</summary>
    public required string Exchange { get; init; }

    /// <summary><c>SEGMENT</c> / <c>SEM_SEGMENT</c>: E equity, D derivatives, C currency, M commodity, I index.</summary>
    public required string SegmentCode { get; init; }

    /// <summary>The segment as the API names it (<c>NSE_EQ</c>, <c>NSE_FNO</c>, <c>IDX_I</c>…), from exchange and segment code.</summary>
    public required DhanExchangeSegment ExchangeSegment { get; init; }

    /// <summary><c>SECURITY_ID</c> / <c>SEM_SMST_SECURITY_ID</c>: the id orders and feeds use, unique within <see cref="ExchangeSegment"/> only.</summary>
    public required string SecurityId { get; init; }

    /// <summary><c>ISIN</c> (detailed only), if given.</summary>
    public string? Isin { get; init; }

    /// <summary><c>INSTRUMENT</c> / <c>SEM_INSTRUMENT_NAME</c>: EQUITY, INDEX, FUTIDX, OPTIDX, FUTSTK, OPTSTK, FUTCOM…</summary>
    public required string InstrumentName { get; init; }

    /// <summary><c>INSTRUMENT_TYPE</c> / <c>SEM_EXCH_INSTRUMENT_TYPE</c>: the exchange's type code (ES, OP, FF, INDEX…).</summary>
    public string? InstrumentType { get; init; }

    /// <summary><c>UNDERLYING_SECURITY_ID</c> (detailed only): for derivatives (26000 NIFTY, 26009 BANKNIFTY — not the IDX_I feed ids).</summary>
    public string? UnderlyingSecurityId { get; init; }

    /// <summary>
    /// <c>UNDERLYING_SYMBOL</c> in the detailed master; in the compact master (which has no such column) the part of a
    /// derivative's trading symbol before the first <c>-</c> (<c>NIFTY-Sep2026-29150-CE</c> → <c>NIFTY</c>).
    /// </summary>
    public string? UnderlyingSymbol { get; init; }

    /// <summary><c>SYMBOL_NAME</c> (detailed) / <c>SEM_TRADING_SYMBOL</c> (compact), such as <c>RELIANCE</c> or <c>NIFTY-Sep2026-29150-CE</c>.</summary>
    public required string TradingSymbol { get; init; }

    /// <summary><c>DISPLAY_NAME</c> / <c>SEM_CUSTOM_SYMBOL</c>, such as <c>NIFTY 29 SEP 29150 CALL</c>.</summary>
    public string? DisplayName { get; init; }

    /// <summary><c>SM_SYMBOL_NAME</c> (compact only): the company or index name.</summary>
    public string? SymbolName { get; init; }

    /// <summary><c>SERIES</c> / <c>SEM_SERIES</c>: EQ, BE, W1… The same symbol can trade in several series.</summary>
    public string? Series { get; init; }

    /// <summary><c>LOT_SIZE</c> / <c>SEM_LOT_UNITS</c> (written as <c>65.0</c>); 1 when not given.</summary>
    public long LotSize { get; init; } = 1;

    /// <summary><c>SM_EXPIRY_DATE</c> / <c>SEM_EXPIRY_DATE</c>; the <c>0001-01-01</c> sentinel reads as none.</summary>
    public DateOnly? ExpiryDate { get; init; }

    /// <summary><c>STRIKE_PRICE</c> in rupees for options; <see langword="null"/> otherwise (futures carry <c>-0.01</c>, mapped to none).</summary>
    public decimal? StrikePrice { get; init; }

    /// <summary><c>OPTION_TYPE</c>: CE call, PE put, XX none.</summary>
    public InstrumentOptionType OptionType { get; init; }

    /// <summary><c>TICK_SIZE</c> in rupees, normalised from the master's mixed units (see <see cref="DhanInstrumentsOptions.TickSizeUnit"/>).</summary>
    public decimal? TickSize { get; init; }

    /// <summary><c>EXPIRY_FLAG</c>: M monthly, W weekly; <see langword="null"/> for NA.</summary>
    public string? ExpiryFlag { get; init; }

    /// <summary><c>SEM_EXPIRY_CODE</c> (compact only): 0 near, 1 next, 2 far.</summary>
    public int? ExpiryCode { get; init; }

    /// <summary><c>BRACKET_FLAG</c> (detailed): bracket orders allowed.</summary>
    public bool? BracketAllowed { get; init; }

    /// <summary><c>COVER_FLAG</c> (detailed): cover orders allowed.</summary>
    public bool? CoverAllowed { get; init; }

    /// <summary><c>ASM_GSM_FLAG</c> (detailed): N, R or Y.</summary>
    public string? AsmGsmFlag { get; init; }

    /// <summary><c>ASM_GSM_CATEGORY</c> (detailed), if given.</summary>
    public string? AsmGsmCategory { get; init; }

    /// <summary><c>MTF_LEVERAGE</c> (detailed): the margin-trading multiple.</summary>
    public decimal? MtfLeverage { get; init; }

    /// <summary><c>SM_UPPER_LIMIT</c> (detailed): the upper circuit when the file was made.</summary>
    public decimal? UpperCircuit { get; init; }

    /// <summary><c>SM_LOWER_LIMIT</c> (detailed): the lower circuit when the file was made.</summary>
    public decimal? LowerCircuit { get; init; }

    /// <summary><c>SM_FREEZE_QTY</c> (detailed): one order must be for less; <see langword="null"/> when 0 or absent.</summary>
    public long? FreezeQuantity { get; init; }

    /// <summary>The instrument as order, quote and feed calls take it: segment and security id.</summary>
    public DhanInstrument Instrument => new(ExchangeSegment, SecurityId);

    /// <inheritdoc />
    public string Description => $"{ExchangeSegment}:{SecurityId} {TradingSymbol}";

    /// <inheritdoc />
    public override string ToString() => Description;
}
