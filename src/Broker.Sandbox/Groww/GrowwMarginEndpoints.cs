using System.Text.Json;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Groww;

/// <summary>
/// <c>POST /v1/margins/detail/orders?segment=</c>: the margin a JSON array of orders needs. Baskets (more than one
/// order) are accepted for FNO and COMMODITY only, as the cURL docs say.
/// </summary>
internal sealed class GrowwMarginEndpoints(GrowwBroker broker)
{
    public SandboxResponse OrderMargin(RequestData request, AuthOutcome auth)
    {
        var segment = GrowwOrderEndpoints.RequiredSegment(request);
        JsonElement orders;
        try
        {
            using var document = JsonDocument.Parse(request.Body);
            orders = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new FieldException("Request body must be a JSON array of orders.");
        }

        if (orders.ValueKind != JsonValueKind.Array || orders.GetArrayLength() == 0)
        {
            throw new FieldException("Request body must be a non-empty JSON array of orders.");
        }

        if (segment == "CASH" && orders.GetArrayLength() > 1)
        {
            throw new FieldException("Basket orders are supported for FNO and COMMODITY segments only.");
        }

        decimal cnc = 0m, mis = 0m, other = 0m;
        foreach (var item in orders.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new FieldException("Each order must be a JSON object.");
            }

            var symbol = JsonFields.RequiredString(item, "trading_symbol");
            var side = JsonFields.RequiredEnum(item, "transaction_type", GrowwWire.TransactionTypes);
            var quantity = JsonFields.OptionalInt64(item, "quantity") ?? throw new FieldException("quantity is required.");
            var orderType = JsonFields.RequiredEnum(item, "order_type", GrowwWire.OrderTypes);
            var product = JsonFields.RequiredEnum(item, "product", GrowwWire.Products);
            var exchange = JsonFields.RequiredEnum(item, "exchange", GrowwWire.Exchanges);
            var price = JsonFields.OptionalDecimal(item, "price");
            var instrument = broker.Context.Market.FindGroww(exchange, segment, symbol)
                ?? throw GrowwProtocol.Error(400, "GA001", "Invalid trading symbol.");
            var ticket = new OrderTicket(
                instrument, side == "BUY" ? OrderSide.Buy : OrderSide.Sell, GrowwWire.ToOrderType(orderType), product,
                GrowwWire.ToProductClass(product), "DAY", false, quantity, price, null, null);
            var margin = broker.Context.Engine.RequiredMargin(ticket);
            switch (product)
            {
                case "CNC":
                    cnc += margin;
                    break;
                case "MIS":
                    mis += margin;
                    break;
                default:
                    other += margin;
                    break;
            }
        }

        return GrowwProtocol.Success(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("exposure_required", 0m);
            w.WriteNumber("span_required", other);
            w.WriteNumber("option_buy_premium", 0m);
            w.WriteNumber("brokerage_and_charges", 0m);
            w.WriteNumber("total_requirement", cnc + mis + other);
            w.WriteNumber("cash_cnc_margin_required", cnc);
            w.WriteNumber("cash_mis_margin_required", mis);
            w.WriteNumber("physical_delivery_margin_requirement", 0m);
            w.WriteEndObject();
        });
    }
}
