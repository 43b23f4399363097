using System.Globalization;
using System.Text.Json;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Dhan;

/// <summary>
/// <c>POST /v2/margincalculator</c> (the margin one order needs against the account's available balance) and
/// <c>POST /v2/margincalculator/multi</c> (several orders at once).
/// </summary>
internal sealed class DhanMarginEndpoints(DhanBroker broker)
{
    public SandboxResponse Calculate(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var body = request.JsonObject();
        var segment = JsonFields.RequiredEnum(body, "exchangeSegment", DhanWire.ExchangeSegments);
        var side = JsonFields.RequiredEnum(body, "transactionType", DhanWire.TransactionTypes);
        var quantity = JsonFields.OptionalInt64(body, "quantity", allowNumericString: true) ?? throw new FieldException("quantity is required.");
        var product = JsonFields.RequiredEnum(body, "productType", DhanWire.ProductTypes);
        var securityId = JsonFields.RequiredString(body, "securityId");
        var price = JsonFields.OptionalDecimal(body, "price", allowNumericString: true);
        var trigger = JsonFields.OptionalDecimal(body, "triggerPrice", allowNumericString: true);
        var instrument = broker.Context.Market.FindDhan(segment, securityId)
            ?? throw new FieldException($"Invalid securityId {securityId} for exchangeSegment {segment}.");
        var ticket = new OrderTicket(
            instrument, side == "BUY" ? OrderSide.Buy : OrderSide.Sell, price is > 0 ? SimOrderType.Limit : SimOrderType.Market,
            product, DhanWire.ToProductClass(product), "DAY", false, quantity, price, trigger, null);
        var engine = broker.Context.Engine;
        var margin = engine.RequiredMargin(ticket);
        var available = engine.Available(session.Principal.Book);
        var leverage = ticket.ProductClass == ProductClass.Intraday && broker.Context.Options.IntradayMarginRate > 0
            ? 1m / broker.Context.Options.IntradayMarginRate
            : 1m;
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("totalMargin", margin);
            w.WriteNumber("spanMargin", 0m);
            w.WriteNumber("exposureMargin", 0m);
            w.WriteNumber("availableBalance", available);
            w.WriteNumber("variableMargin", margin);
            w.WriteNumber("insufficientBalance", Math.Max(0m, margin - available));
            w.WriteNumber("brokerage", 0m);
            w.WriteString("leverage", leverage.ToString("0.00", CultureInfo.InvariantCulture));
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// <c>POST /v2/margincalculator/multi</c> <c>{dhanClientId, includePosition, includeOrder, scripList[]}</c> →
    /// <c>{clientId, totalMargin, spanMargin, exposure, equityMargin, foMargin, commodity, currency}</c>: the sum of each
    /// order's margin, plus the margin the open positions (<c>includePosition</c>) and pending orders
    /// (<c>includeOrder</c>) already use. Equity margins carry no span or exposure part.
    /// </summary>
    public SandboxResponse CalculateMulti(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var body = request.JsonObject();
        DhanBodyRules.RequireClientId(body, session, broker.Options);
        var includePositions = JsonFields.OptionalBoolean(body, "includePosition") ?? false;
        var includeOrders = JsonFields.OptionalBoolean(body, "includeOrder") ?? false;
        if (!body.TryGetProperty("scripList", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            throw new FieldException("scripList must be a non-empty array.");
        }

        var engine = broker.Context.Engine;
        var bySegment = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new FieldException("scripList must hold objects.");
            }

            var ticket = Ticket(item);
            var segment = ticket.Instrument.Definition.DhanExchangeSegment;
            bySegment[segment] = bySegment.GetValueOrDefault(segment) + engine.RequiredMargin(ticket);
        }

        var book = session.Principal.Book;
        var existing = (includePositions ? engine.UsedByPositions(book) : 0m) + (includeOrders ? engine.BlockedByOrders(book) : 0m);
        decimal Sum(params string[] segments) => bySegment.Where(p => segments.Contains(p.Key, StringComparer.Ordinal)).Sum(p => p.Value);
        var equity = Sum("NSE_EQ", "BSE_EQ") + existing;
        var fo = Sum("NSE_FNO", "BSE_FNO");
        var commodity = Sum("MCX_COMM", "NSE_COMM");
        var currency = Sum("NSE_CURRENCY", "BSE_CURRENCY");
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("clientId", session.Principal.Account.ClientId);
            w.WriteNumber("totalMargin", equity + fo + commodity + currency);
            w.WriteNumber("spanMargin", 0m);
            w.WriteNumber("exposure", 0m);
            w.WriteNumber("equityMargin", equity);
            w.WriteNumber("foMargin", fo);
            w.WriteNumber("commodity", commodity);
            w.WriteNumber("currency", currency);
            w.WriteEndObject();
        });
    }

    private OrderTicket Ticket(JsonElement body)
    {
        var segment = JsonFields.RequiredEnum(body, "exchangeSegment", DhanWire.ExchangeSegments);
        var side = JsonFields.RequiredEnum(body, "transactionType", DhanWire.TransactionTypes);
        var quantity = JsonFields.OptionalInt64(body, "quantity", allowNumericString: true) ?? throw new FieldException("quantity is required.");
        var product = JsonFields.RequiredEnum(body, "productType", DhanWire.ProductTypes);
        var securityId = JsonFields.RequiredString(body, "securityId");
        var price = JsonFields.OptionalDecimal(body, "price", allowNumericString: true);
        var trigger = JsonFields.OptionalDecimal(body, "triggerPrice", allowNumericString: true);
        if (quantity <= 0)
        {
            throw new FieldException("quantity must be greater than zero.");
        }

        var instrument = broker.Context.Market.FindDhan(segment, securityId)
            ?? throw new FieldException($"Invalid securityId {securityId} for exchangeSegment {segment}.");
        return new OrderTicket(
            instrument, side == "BUY" ? OrderSide.Buy : OrderSide.Sell, price is > 0 ? SimOrderType.Limit : SimOrderType.Market,
            product, DhanWire.ToProductClass(product), "DAY", false, quantity, price is > 0 ? price : null, trigger is > 0 ? trigger : null, null);
    }
}
