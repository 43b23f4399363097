using System.Globalization;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Dhan;

/// <summary><c>POST /v2/margincalculator</c>: the margin one order needs against the account's available balance.</summary>
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
}
