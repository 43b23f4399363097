using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Groww;

/// <summary>Groww's account endpoints: holdings, positions, margin and the user profile.</summary>
internal sealed class GrowwPortfolioEndpoints(GrowwBroker broker)
{
    private static readonly string[] CommodityFields =
    [
        "commodity_span_margin", "commodity_exposure_margin", "commodity_tender_margin", "commodity_special_margin",
        "commodity_additional_margin", "commodity_unrealised_m2m", "commodity_realised_m2m",
    ];

    /// <summary><c>GET /v1/holdings/user</c>.</summary>
    public static SandboxResponse Holdings(RequestData request, AuthOutcome auth)
    {
        var principal = (GrowwPrincipal)auth.Principal!;
        return GrowwProtocol.Success(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("holdings");
            foreach (var holding in principal.Book.Holdings.Values.OrderBy(h => h.Instrument.TradingSymbol, StringComparer.Ordinal))
            {
                GrowwWire.WriteHolding(w, holding);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary><c>GET /v1/positions/user?segment=</c> (segment optional).</summary>
    public static SandboxResponse Positions(RequestData request, AuthOutcome auth)
    {
        var principal = (GrowwPrincipal)auth.Principal!;
        var segment = GrowwOrderEndpoints.OptionalSegment(request);
        return WritePositions(principal.Book.Positions.Values.Where(p => segment is null || p.Instrument.Definition.GrowwSegment == segment));
    }

    /// <summary><c>GET /v1/positions/trading-symbol?trading_symbol=&amp;segment=</c>.</summary>
    public SandboxResponse PositionBySymbol(RequestData request, AuthOutcome auth)
    {
        var principal = (GrowwPrincipal)auth.Principal!;
        var symbol = request.Query("trading_symbol");
        if (string.IsNullOrWhiteSpace(symbol))
        {
            throw new FieldException("trading_symbol is required.");
        }

        var segment = GrowwOrderEndpoints.OptionalSegment(request);
        if (broker.Context.Market.FindGrowwBySymbol(symbol, segment) is null)
        {
            throw GrowwProtocol.Error(400, "GA001", "Invalid trading symbol.");
        }

        return WritePositions(principal.Book.Positions.Values.Where(p => p.Instrument.TradingSymbol == symbol
            && (segment is null || p.Instrument.Definition.GrowwSegment == segment)));
    }

    /// <summary><c>GET /v1/margins/detail/user</c>: cash and the margin blocked by open orders and positions.</summary>
    public SandboxResponse Margins(RequestData request, AuthOutcome auth)
    {
        var principal = (GrowwPrincipal)auth.Principal!;
        var engine = broker.Context.Engine;
        var book = principal.Book;
        var cncUsed = engine.UsedByPositions(book, ProductClass.Delivery) + engine.BlockedByOrders(book, ProductClass.Delivery);
        var misUsed = engine.UsedByPositions(book, ProductClass.Intraday) + engine.BlockedByOrders(book, ProductClass.Intraday);
        var fnoUsed = engine.UsedByPositions(book, ProductClass.CarryForward) + engine.BlockedByOrders(book, ProductClass.CarryForward);
        var available = engine.Available(book);
        return GrowwProtocol.Success(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("clear_cash", book.OpeningBalance + TradingEngine.RealizedProfit(book));
            w.WriteNumber("net_margin_used", cncUsed + misUsed + fnoUsed);
            w.WriteNumber("brokerage_and_charges", 0m);
            w.WriteNumber("collateral_used", 0m);
            w.WriteNumber("collateral_available", 0m);
            w.WriteNumber("adhoc_margin", 0m);
            w.WriteStartObject("fno_margin_details");
            w.WriteNumber("net_fno_margin_used", fnoUsed);
            w.WriteNumber("span_margin_used", fnoUsed);
            w.WriteNumber("exposure_margin_used", 0m);
            w.WriteNumber("future_balance_available", available);
            w.WriteNumber("option_buy_balance_available", available);
            w.WriteNumber("option_sell_balance_available", available);
            w.WriteEndObject();
            w.WriteStartObject("equity_margin_details");
            w.WriteNumber("net_equity_margin_used", cncUsed + misUsed);
            w.WriteNumber("cnc_margin_used", cncUsed);
            w.WriteNumber("mis_margin_used", misUsed);
            w.WriteNumber("cnc_balance_available", available);
            w.WriteNumber("mis_balance_available", available);
            w.WriteEndObject();
            w.WriteStartObject("commodity_margin_details");
            foreach (var name in CommodityFields)
            {
                w.WriteNumber(name, 0m);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    /// <summary><c>GET /v1/user/detail</c>.</summary>
    public static SandboxResponse UserDetail(RequestData request, AuthOutcome auth)
    {
        var principal = (GrowwPrincipal)auth.Principal!;
        return GrowwProtocol.Success(w =>
        {
            w.WriteStartObject();
            w.WriteString("vendor_user_id", DeterministicId(principal.Account.Ucc));
            w.WriteString("ucc", principal.Account.Ucc);
            w.WriteBoolean("nse_enabled", true);
            w.WriteBoolean("bse_enabled", true);
            w.WriteBoolean("ddpi_enabled", false);
            w.WriteStartArray("active_segments");
            w.WriteStringValue("CASH");
            w.WriteStringValue("FNO");
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static SandboxResponse WritePositions(IEnumerable<SimPosition> positions)
    {
        var list = positions.OrderBy(p => p.Instrument.TradingSymbol, StringComparer.Ordinal).ToList();
        return GrowwProtocol.Success(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("positions");
            foreach (var position in list)
            {
                GrowwWire.WritePosition(w, position);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static string DeterministicId(string ucc)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("groww-user:" + ucc));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }
}
