using System.Text.Json;
using Broker.Sandbox.Engine;
using Broker.Time;

namespace Broker.Sandbox.Dhan;

/// <summary>
/// Dhan's wire vocabulary and the JSON shapes of its objects (camelCase, naive IST times, and the sentinels the live
/// API sends where the docs show null: <c>"0001-01-01 00:00:00"</c>, <c>"0001-01-01"</c>, <c>"NA"</c>).
/// </summary>
internal static class DhanWire
{
    public const string NoTime = "0001-01-01 00:00:00";
    public const string NoDate = "0001-01-01";

    public static readonly string[] TransactionTypes = ["BUY", "SELL"];
    public static readonly string[] ExchangeSegments = ["NSE_EQ", "NSE_FNO", "NSE_CURRENCY", "BSE_EQ", "BSE_FNO", "BSE_CURRENCY", "MCX_COMM", "NSE_COMM", "IDX_I"];
    public static readonly string[] ProductTypes = ["CNC", "INTRADAY", "MARGIN", "MTF"];
    public static readonly string[] OrderTypes = ["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_MARKET"];
    public static readonly string[] Validities = ["DAY", "IOC"];
    public static readonly string[] AmoTimes = ["PRE_OPEN", "OPEN", "OPEN_30", "OPEN_60"];
    public static readonly string[] LegNames = ["ENTRY_LEG", "TARGET_LEG", "STOP_LOSS_LEG", "NA"];

    public static SimOrderType ToOrderType(string wire) => wire switch
    {
        "MARKET" => SimOrderType.Market,
        "LIMIT" => SimOrderType.Limit,
        "STOP_LOSS" => SimOrderType.StopLoss,
        _ => SimOrderType.StopLossMarket,
    };

    public static string FromOrderType(SimOrderType type) => type switch
    {
        SimOrderType.Market => "MARKET",
        SimOrderType.Limit => "LIMIT",
        SimOrderType.StopLoss => "STOP_LOSS",
        _ => "STOP_LOSS_MARKET",
    };

    public static ProductClass ToProductClass(string product) => product switch
    {
        "CNC" or "MTF" => ProductClass.Delivery,
        "INTRADAY" => ProductClass.Intraday,
        _ => ProductClass.CarryForward,
    };

    public static string Status(SandboxOrderState state) => state switch
    {
        SandboxOrderState.Open or SandboxOrderState.TriggerPending => "PENDING",
        SandboxOrderState.PartiallyFilled => "PART_TRADED",
        SandboxOrderState.Filled => "TRADED",
        SandboxOrderState.Cancelled => "CANCELLED",
        _ => "REJECTED",
    };

    public static string Time(DateTimeOffset value) => IndianTime.Format(value, "yyyy-MM-dd HH:mm:ss");

    public static void WriteOrder(Utf8JsonWriter w, string clientId, SimOrder order) => WriteOrder(w, clientId, order, postback: false);

    /// <summary>
    /// The body Dhan POSTs to a postback URL: the order-book object, except that the fill field is <c>filled_qty</c>
    /// and <c>algoId</c> is <see langword="null"/> when none.
    /// </summary>
    public static byte[] Postback(string clientId, SimOrder order)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer))
        {
            WriteOrder(w, clientId, order, postback: true);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteOrder(Utf8JsonWriter w, string clientId, SimOrder order, bool postback)
    {
        var t = order.Ticket;
        var rejected = order.State == SandboxOrderState.Rejected;
        w.WriteStartObject();
        w.WriteString("dhanClientId", clientId);
        w.WriteString("orderId", order.Id);
        w.WriteString("exchangeOrderId", rejected ? string.Empty : order.ExchangeOrderId);
        w.WriteString("correlationId", t.ClientReference ?? string.Empty);
        w.WriteString("orderStatus", Status(order.State));
        w.WriteString("transactionType", t.Side == OrderSide.Buy ? "BUY" : "SELL");
        w.WriteString("exchangeSegment", t.Instrument.Definition.DhanExchangeSegment);
        w.WriteString("productType", t.Product);
        w.WriteString("orderType", FromOrderType(t.OrderType));
        w.WriteString("validity", t.Validity);
        w.WriteString("tradingSymbol", t.Instrument.TradingSymbol);
        w.WriteString("securityId", t.Instrument.Definition.DhanSecurityId);
        w.WriteNumber("quantity", t.Quantity);
        w.WriteNumber("disclosedQuantity", t.DisclosedQuantity);
        w.WriteNumber("price", t.Price ?? 0m);
        w.WriteNumber("triggerPrice", t.TriggerPrice ?? 0m);
        w.WriteBoolean("afterMarketOrder", t.AfterMarketOrder);
        w.WriteNumber("boProfitValue", 0);
        w.WriteNumber("boStopLossValue", 0);
        w.WriteString("legName", "NA");
        w.WriteString("createTime", Time(order.CreatedAt));
        w.WriteString("updateTime", Time(order.UpdatedAt));
        w.WriteString("exchangeTime", order.ExchangeTime is { } exchangeTime ? Time(exchangeTime) : NoTime);
        w.WriteString("drvExpiryDate", NoDate);
        w.WriteString("drvOptionType", "NA");
        w.WriteNumber("drvStrikePrice", 0);
        if (rejected)
        {
            w.WriteString("omsErrorCode", "RMS");
            w.WriteString("omsErrorDescription", $"RMS:{order.Id}:{order.RejectionReason}");
        }
        else
        {
            w.WriteNull("omsErrorCode");
            w.WriteString("omsErrorDescription", order.State == SandboxOrderState.Cancelled ? string.Empty : "CONFIRMED");
        }

        if (postback)
        {
            w.WriteNull("algoId");
        }
        else
        {
            w.WriteString("algoId", string.Empty);
        }

        w.WriteNumber("remainingQuantity", order.RemainingQuantity);
        w.WriteNumber("averageTradedPrice", order.AverageFillPrice ?? 0m);
        w.WriteNumber(postback ? "filled_qty" : "filledQty", order.FilledQuantity);
        w.WriteEndObject();
    }

    public static void WriteTrade(Utf8JsonWriter w, string clientId, SimTrade trade)
    {
        var t = trade.Order.Ticket;
        w.WriteStartObject();
        w.WriteString("dhanClientId", clientId);
        w.WriteString("orderId", trade.Order.Id);
        w.WriteString("exchangeOrderId", trade.Order.ExchangeOrderId);
        w.WriteString("exchangeTradeId", trade.ExchangeTradeId);
        w.WriteString("transactionType", t.Side == OrderSide.Buy ? "BUY" : "SELL");
        w.WriteString("exchangeSegment", t.Instrument.Definition.DhanExchangeSegment);
        w.WriteString("productType", t.Product);
        w.WriteString("orderType", FromOrderType(t.OrderType));
        w.WriteString("tradingSymbol", t.Instrument.TradingSymbol);
        w.WriteString("customSymbol", t.Instrument.TradingSymbol);
        w.WriteString("securityId", t.Instrument.Definition.DhanSecurityId);
        w.WriteNumber("tradedQuantity", trade.Quantity);
        w.WriteNumber("tradedPrice", trade.Price);
        w.WriteString("createTime", Time(trade.Time));
        w.WriteString("updateTime", Time(trade.Time));
        w.WriteString("exchangeTime", Time(trade.Time));
        w.WriteString("drvExpiryDate", NoDate);
        w.WriteString("drvOptionType", "NA");
        w.WriteNumber("drvStrikePrice", 0);
        w.WriteEndObject();
    }

    public static void WritePosition(Utf8JsonWriter w, string clientId, SimPosition p)
    {
        w.WriteStartObject();
        w.WriteString("dhanClientId", clientId);
        w.WriteString("tradingSymbol", p.Instrument.TradingSymbol);
        w.WriteString("securityId", p.Instrument.Definition.DhanSecurityId);
        w.WriteString("positionType", p.NetQuantity switch { > 0 => "LONG", < 0 => "SHORT", _ => "CLOSED" });
        w.WriteString("exchangeSegment", p.Instrument.Definition.DhanExchangeSegment);
        w.WriteString("productType", p.Product);
        w.WriteNumber("buyAvg", p.BuyAverage);
        w.WriteNumber("costPrice", p.NetAverage);
        w.WriteNumber("buyQty", p.BuyQuantity);
        w.WriteNumber("sellAvg", p.SellAverage);
        w.WriteNumber("sellQty", p.SellQuantity);
        w.WriteNumber("netQty", p.NetQuantity);
        w.WriteNumber("realizedProfit", p.RealizedProfit);
        w.WriteNumber("unrealizedProfit", p.UnrealizedProfit);
        w.WriteNumber("rbiReferenceRate", 1.0m);
        w.WriteNumber("multiplier", 1);
        w.WriteNumber("carryForwardBuyQty", 0);
        w.WriteNumber("carryForwardSellQty", 0);
        w.WriteNumber("carryForwardBuyValue", 0);
        w.WriteNumber("carryForwardSellValue", 0);
        w.WriteNumber("dayBuyQty", p.BuyQuantity);
        w.WriteNumber("daySellQty", p.SellQuantity);
        w.WriteNumber("dayBuyValue", p.BuyValue);
        w.WriteNumber("daySellValue", p.SellValue);
        w.WriteString("drvExpiryDate", NoDate);
        w.WriteString("drvOptionType", "NA");
        w.WriteNumber("drvStrikePrice", 0);
        w.WriteBoolean("crossCurrency", false);
        w.WriteEndObject();
    }

    public static void WriteHolding(Utf8JsonWriter w, SimHolding h)
    {
        w.WriteStartObject();
        w.WriteString("exchange", h.Instrument.Definition.Exchange);
        w.WriteString("tradingSymbol", h.Instrument.TradingSymbol);
        w.WriteString("securityId", h.Instrument.Definition.DhanSecurityId);
        w.WriteString("isin", h.Instrument.Definition.Isin ?? string.Empty);
        w.WriteNumber("totalQty", h.TotalQuantity);
        w.WriteNumber("dpQty", h.SettledQuantity);
        w.WriteNumber("t1Qty", h.T1Quantity);
        w.WriteNumber("mtf_t1_qty", 0);
        w.WriteNumber("mtf_qty", 0);
        w.WriteNumber("availableQty", h.TotalQuantity);
        w.WriteNumber("collateralQty", 0);
        w.WriteNumber("avgCostPrice", h.AveragePrice);
        w.WriteNumber("lastTradedPrice", h.Instrument.LastPrice);
        w.WriteEndObject();
    }

    public static string QuoteTime(DateTimeOffset? value) =>
        value is { } time ? IndianTime.Format(time, "dd/MM/yyyy HH:mm:ss") : "01/01/1980 00:00:00";

    public static string ProfileTime(DateTimeOffset value) => IndianTime.Format(value, "dd/MM/yyyy HH:mm");

    public static string DataValidity(DateTimeOffset value) =>
        IndianTime.Format(value, "yyyy-MM-dd HH:mm:ss") + ".0";
}
