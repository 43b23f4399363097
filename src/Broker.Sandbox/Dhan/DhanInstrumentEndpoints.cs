using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Dhan;

/// <summary>
/// Dhan's scrip masters for the configured instruments: the compact CSV (<c>SEM_*</c> columns) and the detailed CSV
/// (also served per segment at <c>GET /v2/instrument/{exchangeSegment}</c>), with their observed headers.
/// </summary>
internal sealed class DhanInstrumentEndpoints(DhanBroker broker)
{
    public const string CompactHeader =
        "SEM_EXM_EXCH_ID,SEM_SEGMENT,SEM_SMST_SECURITY_ID,SEM_INSTRUMENT_NAME,SEM_EXPIRY_CODE,SEM_TRADING_SYMBOL,SEM_LOT_UNITS," +
        "SEM_CUSTOM_SYMBOL,SEM_EXPIRY_DATE,SEM_STRIKE_PRICE,SEM_OPTION_TYPE,SEM_TICK_SIZE,SEM_EXPIRY_FLAG,SEM_EXCH_INSTRUMENT_TYPE,SEM_SERIES,SM_SYMBOL_NAME";

    public const string DetailedHeader =
        "EXCH_ID,SEGMENT,SECURITY_ID,ISIN,INSTRUMENT,UNDERLYING_SECURITY_ID,UNDERLYING_SYMBOL,SYMBOL_NAME,DISPLAY_NAME,INSTRUMENT_TYPE,SERIES," +
        "LOT_SIZE,SM_EXPIRY_DATE,STRIKE_PRICE,OPTION_TYPE,TICK_SIZE,EXPIRY_FLAG,BRACKET_FLAG,COVER_FLAG,ASM_GSM_FLAG,ASM_GSM_CATEGORY," +
        "BUY_SELL_INDICATOR,BUY_CO_MIN_MARGIN_PER,BUY_CO_SL_RANGE_MAX_PERC,BUY_CO_SL_RANGE_MIN_PERC,BUY_BO_MIN_MARGIN_PER," +
        "BUY_BO_PROFIT_RANGE_MAX_PERC,BUY_BO_PROFIT_RANGE_MIN_PERC,MTF_LEVERAGE,SM_UPPER_LIMIT,SM_LOWER_LIMIT,SM_FREEZE_QTY,";

    /// <summary><c>GET /api-data/api-scrip-master.csv</c> (no auth).</summary>
    public SandboxResponse Compact(RequestData request, AuthOutcome auth)
    {
        var csv = new CsvWriter(CompactHeader);
        foreach (var i in broker.Context.Market.States)
        {
            var d = i.Definition;
            csv.Row(
                d.Exchange, SegmentLetter(d), d.DhanSecurityId, d.IsIndex ? "INDEX" : "EQUITY", 0, d.TradingSymbol, "1.0", d.DisplayName,
                null, null, null, (d.TickSize * 100m).ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture), "NA",
                d.IsIndex ? "INDEX" : "ES", d.IsIndex ? "NA" : "EQ", d.DisplayName);
        }

        return csv.ToResponse();
    }

    /// <summary><c>GET /api-data/api-scrip-master-detailed.csv</c> (no auth).</summary>
    public SandboxResponse Detailed(RequestData request, AuthOutcome auth) => WriteDetailed(broker.Context.Market.States);

    /// <summary><c>GET /v2/instrument/{exchangeSegment}</c>: the detailed rows of one segment.</summary>
    public SandboxResponse Segment(RequestData request, AuthOutcome auth)
    {
        var segment = request.Route("exchangeSegment");
        if (!DhanWire.ExchangeSegments.Contains(segment, StringComparer.Ordinal))
        {
            throw new FieldException($"exchangeSegment '{segment}' is invalid.");
        }

        return WriteDetailed(broker.Context.Market.States.Where(i => i.Definition.DhanExchangeSegment == segment));
    }

    private static SandboxResponse WriteDetailed(IEnumerable<InstrumentState> instruments)
    {
        var csv = new CsvWriter(DetailedHeader);
        foreach (var i in instruments)
        {
            var d = i.Definition;
            csv.Row(
                d.Exchange, SegmentLetter(d), d.DhanSecurityId, d.Isin ?? "NA", d.IsIndex ? "INDEX" : "EQUITY", null, null, d.TradingSymbol,
                d.DisplayName, d.IsIndex ? "INDEX" : "ES", d.IsIndex ? "NA" : "EQ", "1.0", null, null, null,
                d.TickSize.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture), "NA", "N", "N", "N", "NA", "A",
                0, 0, 0, 0, 0, 0, d.IsIndex ? 0 : 1, i.UpperCircuit, i.LowerCircuit, 0, null);
        }

        return csv.ToResponse();
    }

    private static string SegmentLetter(SandboxInstrument instrument) => instrument.IsIndex ? "I" : "E";
}
