using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Groww;

/// <summary>
/// The instrument master (<c>https://growwapi-assets.groww.in/instruments/instrument.csv</c>, no auth), with the 21
/// columns observed in 2026, for the configured instruments.
/// </summary>
internal sealed class GrowwInstrumentEndpoints(GrowwBroker broker)
{
    public const string Header =
        "exchange,exchange_token,trading_symbol,groww_symbol,name,instrument_type,segment,series,isin,underlying_symbol," +
        "underlying_exchange_token,expiry_date,strike_price,lot_size,tick_size,freeze_quantity,is_reserved,buy_allowed,sell_allowed," +
        "internal_trading_symbol,is_intraday";

    public SandboxResponse Csv(RequestData request, AuthOutcome auth)
    {
        var csv = new CsvWriter(Header);
        foreach (var i in broker.Context.Market.Instruments)
        {
            csv.Row(
                i.Exchange, i.GrowwExchangeToken, i.TradingSymbol, $"{i.Exchange}-{i.TradingSymbol}", i.DisplayName, i.IsIndex ? "IDX" : "EQ",
                i.GrowwSegment, i.IsIndex ? null : "EQ", i.Isin, null, null, null, null, 1, i.TickSize, null, 0, i.IsIndex ? 0 : 1,
                i.IsIndex ? 0 : 1, i.TradingSymbol, i.IsIndex ? 0 : 1);
        }

        return csv.ToResponse();
    }
}
