using System.Text.Json;
using Broker.Sandbox.Dhan;
using Broker.Sandbox.Engine;

namespace Broker.Sandbox.Feeds;

/// <summary>The order-update socket's JSON message for a changed order: <c>{"Data":{...},"Type":"order_alert"}</c>.</summary>
internal static class OrderAlertMessage
{
    public static byte[] Create(string clientId, SimOrder order)
    {
        var t = order.Ticket;
        var status = DhanWire.Status(order.State);
        var titled = string.Concat(status[..1], status[1..].ToLowerInvariant());
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteStartObject("Data");
            w.WriteString("Exchange", t.Instrument.Definition.Exchange);
            w.WriteString("Segment", t.Instrument.Definition.DhanExchangeSegment.EndsWith("FNO", StringComparison.Ordinal) ? "D" : "E");
            w.WriteString("Source", "P");
            w.WriteString("SecurityId", t.Instrument.Definition.DhanSecurityId);
            w.WriteString("ClientId", clientId);
            w.WriteString("ExchOrderNo", order.State == SandboxOrderState.Rejected ? string.Empty : order.ExchangeOrderId);
            w.WriteString("OrderNo", order.Id);
            w.WriteString("Product", t.Product switch { "CNC" => "C", "INTRADAY" => "I", "MARGIN" => "M", "MTF" => "F", _ => t.Product });
            w.WriteString("TxnType", t.Side == OrderSide.Buy ? "B" : "S");
            w.WriteString("OrderType", DhanWire.FromOrderType(t.OrderType) switch { "LIMIT" => "LMT", "MARKET" => "MKT", "STOP_LOSS" => "SL", _ => "SLM" });
            w.WriteString("Validity", t.Validity);
            w.WriteNumber("DiscQuantity", t.DisclosedQuantity);
            w.WriteNumber("RemainingQuantity", order.RemainingQuantity);
            w.WriteNumber("Quantity", t.Quantity);
            w.WriteNumber("TradedQty", order.FilledQuantity);
            w.WriteNumber("Price", t.Price ?? 0m);
            w.WriteNumber("TriggerPrice", t.TriggerPrice ?? 0m);
            w.WriteNumber("TradedPrice", order.AverageFillPrice ?? 0m);
            w.WriteNumber("AvgTradedPrice", order.AverageFillPrice ?? 0m);
            w.WriteString("OffMktFlag", t.AfterMarketOrder ? "1" : "0");
            w.WriteString("OrderDateTime", DhanWire.Time(order.CreatedAt));
            w.WriteString("ExchOrderTime", order.ExchangeTime is { } exchangeTime ? DhanWire.Time(exchangeTime) : string.Empty);
            w.WriteString("LastUpdatedTime", DhanWire.Time(order.UpdatedAt));
            w.WriteString("Remarks", string.Empty);
            w.WriteString("MktType", "NL");
            w.WriteString("ReasonDescription", order.RejectionReason ?? "CONFIRMED");
            w.WriteNumber("LegNo", 1);
            w.WriteString("Instrument", t.Instrument.Definition.IsIndex ? "INDEX" : "EQUITY");
            w.WriteString("Symbol", t.Instrument.TradingSymbol);
            w.WriteString("ProductName", t.Product);
            w.WriteString("Status", titled);
            w.WriteNumber("LotSize", 1);
            w.WriteString("ExpiryDate", "0001-01-01 00:00:00");
            w.WriteString("OptType", "XX");
            w.WriteString("CorrelationId", t.ClientReference ?? string.Empty);
            w.WriteEndObject();
            w.WriteString("Type", "order_alert");
            w.WriteEndObject();
        }

        return stream.ToArray();
    }
}
