using System.Text.Json;
using Broker.Sandbox.Engine;
using Broker.Time;

namespace Broker.Sandbox.Groww;

/// <summary>Groww's wire vocabulary and the JSON shapes of its objects (snake_case, naive IST times).</summary>
internal static class GrowwWire
{
    public static readonly string[] Exchanges = ["NSE", "BSE", "MCX"];
    public static readonly string[] Segments = ["CASH", "FNO", "COMMODITY"];
    public static readonly string[] Products = ["CNC", "MIS", "NRML"];
    public static readonly string[] OrderTypes = ["MARKET", "LIMIT", "SL", "SL_M"];
    public static readonly string[] TransactionTypes = ["BUY", "SELL"];
    public static readonly string[] Validities = ["DAY", "IOC"];

    public static SimOrderType ToOrderType(string wire) => wire switch
    {
        "MARKET" => SimOrderType.Market,
        "LIMIT" => SimOrderType.Limit,
        "SL" => SimOrderType.StopLoss,
        _ => SimOrderType.StopLossMarket,
    };

    public static string FromOrderType(SimOrderType type) => type switch
    {
        SimOrderType.Market => "MARKET",
        SimOrderType.Limit => "LIMIT",
        SimOrderType.StopLoss => "SL",
        _ => "SL_M",
    };

    public static ProductClass ToProductClass(string product) => product switch
    {
        "CNC" => ProductClass.Delivery,
        "MIS" => ProductClass.Intraday,
        _ => ProductClass.CarryForward,
    };

    /// <summary>
    /// Groww's status strings. Resting orders are <c>OPEN</c>, the value every Groww example shows (the annexure lists
    /// <c>ACKED</c> and not <c>OPEN</c>; clients must accept both).
    /// </summary>
    public static string Status(SandboxOrderState state) => state switch
    {
        SandboxOrderState.Open or SandboxOrderState.PartiallyFilled => "OPEN",
        SandboxOrderState.TriggerPending => "TRIGGER_PENDING",
        SandboxOrderState.Filled => "EXECUTED",
        SandboxOrderState.Cancelled => "CANCELLED",
        _ => "REJECTED",
    };

    public static string Time(DateTimeOffset value) => IndianTime.Format(value, "yyyy-MM-dd'T'HH:mm:ss");

    public static string Remark(SimOrder order) => order.State switch
    {
        SandboxOrderState.Rejected => order.RejectionReason ?? "Order rejected",
        SandboxOrderState.Filled => "Order executed",
        SandboxOrderState.Cancelled => "Order cancelled",
        SandboxOrderState.TriggerPending => "Order waiting for trigger",
        _ => "Order placed",
    };

    public static void WriteStatus(Utf8JsonWriter w, SimOrder order)
    {
        w.WriteStartObject();
        w.WriteString("groww_order_id", order.Id);
        w.WriteString("order_status", Status(order.State));
        w.WriteString("remark", Remark(order));
        w.WriteNumber("filled_quantity", order.FilledQuantity);
        WriteNullableString(w, "order_reference_id", order.Ticket.ClientReference);
        w.WriteEndObject();
    }

    public static void WriteOrder(Utf8JsonWriter w, SimOrder order)
    {
        var t = order.Ticket;
        w.WriteStartObject();
        w.WriteString("groww_order_id", order.Id);
        w.WriteString("trading_symbol", t.Instrument.TradingSymbol);
        w.WriteString("order_status", Status(order.State));
        w.WriteString("remark", Remark(order));
        w.WriteNumber("quantity", t.Quantity);
        w.WriteNumber("price", t.Price ?? 0m);
        w.WriteNumber("trigger_price", t.TriggerPrice ?? 0m);
        w.WriteNumber("filled_quantity", order.FilledQuantity);
        w.WriteNumber("remaining_quantity", order.RemainingQuantity);
        w.WriteNumber("average_fill_price", order.AverageFillPrice ?? 0m);
        w.WriteNumber("deliverable_quantity", t.ProductClass == ProductClass.Delivery ? order.FilledQuantity : 0);
        w.WriteString("amo_status", "NA");
        w.WriteString("validity", t.Validity);
        w.WriteString("exchange", t.Instrument.Definition.Exchange);
        w.WriteString("order_type", FromOrderType(t.OrderType));
        w.WriteString("transaction_type", t.Side == OrderSide.Buy ? "BUY" : "SELL");
        w.WriteString("segment", t.Instrument.Definition.GrowwSegment);
        w.WriteString("product", t.Product);
        w.WriteString("created_at", Time(order.CreatedAt));
        if (order.ExchangeTime is { } exchangeTime)
        {
            w.WriteString("exchange_time", Time(exchangeTime));
        }
        else
        {
            w.WriteNull("exchange_time");
        }

        w.WriteString("trade_date", Time(order.CreatedAt));
        WriteNullableString(w, "order_reference_id", t.ClientReference);
        w.WriteString("exchange_order_id", order.ExchangeOrderId);
        w.WriteEndObject();
    }

    public static void WriteTrade(Utf8JsonWriter w, SimTrade trade)
    {
        var t = trade.Order.Ticket;
        w.WriteStartObject();
        w.WriteNumber("price", trade.Price);
        WriteNullableString(w, "isin", t.Instrument.Definition.Isin);
        w.WriteNumber("quantity", trade.Quantity);
        w.WriteString("groww_order_id", trade.Order.Id);
        w.WriteString("groww_trade_id", "GMKT" + trade.TradeId[1..]);
        w.WriteString("exchange_trade_id", trade.ExchangeTradeId);
        w.WriteString("exchange_order_id", trade.Order.ExchangeOrderId);
        w.WriteString("trade_status", "EXECUTED");
        w.WriteString("trading_symbol", t.Instrument.TradingSymbol);
        w.WriteString("remark", "Trade executed");
        w.WriteString("exchange", t.Instrument.Definition.Exchange);
        w.WriteString("segment", t.Instrument.Definition.GrowwSegment);
        w.WriteString("product", t.Product);
        w.WriteString("transaction_type", t.Side == OrderSide.Buy ? "BUY" : "SELL");
        w.WriteString("created_at", Time(trade.Time));
        w.WriteString("trade_date_time", Time(trade.Time));
        w.WriteString("settlement_number", IndianTime.Format(trade.Time, "yyyyMMdd"));
        w.WriteEndObject();
    }

    public static void WritePosition(Utf8JsonWriter w, SimPosition p)
    {
        w.WriteStartObject();
        w.WriteString("trading_symbol", p.Instrument.TradingSymbol);
        w.WriteString("segment", p.Instrument.Definition.GrowwSegment);
        w.WriteNumber("credit_quantity", p.BuyQuantity);
        w.WriteNumber("credit_price", p.BuyAverage);
        w.WriteNumber("debit_quantity", p.SellQuantity);
        w.WriteNumber("debit_price", p.SellAverage);
        w.WriteNumber("carry_forward_credit_quantity", 0);
        w.WriteNumber("carry_forward_credit_price", 0);
        w.WriteNumber("carry_forward_debit_quantity", 0);
        w.WriteNumber("carry_forward_debit_price", 0);
        w.WriteString("exchange", p.Instrument.Definition.Exchange);
        WriteNullableString(w, "symbol_isin", p.Instrument.Definition.Isin);
        w.WriteNumber("quantity", p.NetQuantity);
        w.WriteString("product", p.Product);
        w.WriteNumber("net_carry_forward_quantity", 0);
        w.WriteNumber("net_price", p.NetAverage);
        w.WriteNumber("net_carry_forward_price", 0);
        w.WriteNumber("realised_pnl", p.RealizedProfit);
        w.WriteEndObject();
    }

    public static void WriteHolding(Utf8JsonWriter w, SimHolding h)
    {
        w.WriteStartObject();
        WriteNullableString(w, "isin", h.Instrument.Definition.Isin);
        w.WriteString("trading_symbol", h.Instrument.TradingSymbol);
        w.WriteNumber("quantity", h.TotalQuantity);
        w.WriteNumber("average_price", h.AveragePrice);
        w.WriteNumber("pledge_quantity", 0);
        w.WriteNumber("demat_locked_quantity", 0);
        w.WriteNumber("groww_locked_quantity", 0);
        w.WriteNumber("repledge_quantity", 0);
        w.WriteNumber("t1_quantity", h.T1Quantity);
        w.WriteNumber("demat_free_quantity", h.SettledQuantity);
        w.WriteNumber("corporate_action_additional_quantity", 0);
        w.WriteNumber("active_demat_transfer_quantity", 0);
        w.WriteStartArray("tradable_exchanges");
        w.WriteStringValue(h.Instrument.Definition.Exchange);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteNullableString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
