using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Groww.Orders;

/// <summary>One fill of an order (<c>GET /v1/order/trades/{id}</c>). Prices in rupees; times in IST.</summary>
public sealed record GrowwTrade
{
    /// <summary>The fill price (<c>price</c>).</summary>
    [JsonPropertyName("price")]
    public decimal Price { get; init; }

    /// <summary>The ISIN (<c>isin</c>).</summary>
    [JsonPropertyName("isin")]
    public string? Isin { get; init; }

    /// <summary>The filled quantity (<c>quantity</c>).</summary>
    [JsonPropertyName("quantity")]
    public long Quantity { get; init; }

    /// <summary>Groww's order id (<c>groww_order_id</c>).</summary>
    [JsonPropertyName("groww_order_id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? GrowwOrderId { get; init; }

    /// <summary>Groww's trade id (<c>groww_trade_id</c>).</summary>
    [JsonPropertyName("groww_trade_id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? GrowwTradeId { get; init; }

    /// <summary>The exchange's trade id (<c>exchange_trade_id</c>).</summary>
    [JsonPropertyName("exchange_trade_id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? ExchangeTradeId { get; init; }

    /// <summary>The exchange's order id (<c>exchange_order_id</c>).</summary>
    [JsonPropertyName("exchange_order_id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? ExchangeOrderId { get; init; }

    /// <summary>The fill's status (<c>trade_status</c>).</summary>
    [JsonPropertyName("trade_status")]
    public GrowwTradeStatus? TradeStatus { get; init; }

    /// <summary>The trading symbol (<c>trading_symbol</c>).</summary>
    [JsonPropertyName("trading_symbol")]
    public string? TradingSymbol { get; init; }

    /// <summary>Groww's remark (<c>remark</c>).</summary>
    [JsonPropertyName("remark")]
    public string? Remark { get; init; }

    /// <summary>The exchange (<c>exchange</c>).</summary>
    [JsonPropertyName("exchange")]
    public GrowwExchange? Exchange { get; init; }

    /// <summary>The segment (<c>segment</c>).</summary>
    [JsonPropertyName("segment")]
    public GrowwSegment? Segment { get; init; }

    /// <summary>The product (<c>product</c>).</summary>
    [JsonPropertyName("product")]
    public GrowwProduct? Product { get; init; }

    /// <summary>Buy or sell (<c>transaction_type</c>).</summary>
    [JsonPropertyName("transaction_type")]
    public GrowwTransactionType? TransactionType { get; init; }

    /// <summary>When the fill was recorded (IST) (<c>created_at</c>).</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the trade happened (IST) (<c>trade_date_time</c>).</summary>
    [JsonPropertyName("trade_date_time")]
    public DateTimeOffset? TradeDateTime { get; init; }

    /// <summary>The settlement number (<c>settlement_number</c>).</summary>
    [JsonPropertyName("settlement_number")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? SettlementNumber { get; init; }
}
