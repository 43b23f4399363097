using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Groww.Orders;

/// <summary>A Groww order in full (<c>GET /v1/order/detail/{id}</c>, and each item of the order list). Prices in rupees; times in IST.</summary>
public sealed record GrowwOrder
{
    /// <summary>Groww's order id (<c>groww_order_id</c>).</summary>
    [JsonPropertyName("groww_order_id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? GrowwOrderId { get; init; }

    /// <summary>The trading symbol (<c>trading_symbol</c>).</summary>
    [JsonPropertyName("trading_symbol")]
    public string? TradingSymbol { get; init; }

    /// <summary>The status; values outside Groww's list (such as OPEN) are kept (<c>order_status</c>).</summary>
    [JsonPropertyName("order_status")]
    public GrowwOrderStatus? OrderStatus { get; init; }

    /// <summary>Groww's remark, such as a rejection reason (<c>remark</c>).</summary>
    [JsonPropertyName("remark")]
    public string? Remark { get; init; }

    /// <summary>
    /// <see langword="true"/> when Groww refused the order after accepting the placement (<c>REJECTED</c> or
    /// <c>FAILED</c>): nothing was traded; <see cref="RejectionReason"/> says why.
    /// </summary>
    [JsonIgnore]
    public bool IsRejected => OrderStatus is { Value: "REJECTED" or "FAILED" };

    /// <summary>Groww's reason for a rejection (its <see cref="Remark"/>), or <see langword="null"/> when the order was not rejected.</summary>
    [JsonIgnore]
    public string? RejectionReason => IsRejected ? Remark : null;

    /// <summary>The ordered quantity (<c>quantity</c>).</summary>
    [JsonPropertyName("quantity")]
    public long Quantity { get; init; }

    /// <summary>The limit price (<c>price</c>).</summary>
    [JsonPropertyName("price")]
    public decimal? Price { get; init; }

    /// <summary>The trigger price (<c>trigger_price</c>).</summary>
    [JsonPropertyName("trigger_price")]
    public decimal? TriggerPrice { get; init; }

    /// <summary>The quantity filled so far (<c>filled_quantity</c>).</summary>
    [JsonPropertyName("filled_quantity")]
    public long FilledQuantity { get; init; }

    /// <summary>The quantity still open (<c>remaining_quantity</c>).</summary>
    [JsonPropertyName("remaining_quantity")]
    public long RemainingQuantity { get; init; }

    /// <summary>The average fill price (<c>average_fill_price</c>).</summary>
    [JsonPropertyName("average_fill_price")]
    public decimal? AverageFillPrice { get; init; }

    /// <summary>The deliverable quantity (<c>deliverable_quantity</c>).</summary>
    [JsonPropertyName("deliverable_quantity")]
    public long DeliverableQuantity { get; init; }

    /// <summary>The after-market-order status (<c>amo_status</c>).</summary>
    [JsonPropertyName("amo_status")]
    public GrowwAmoStatus? AmoStatus { get; init; }

    /// <summary>The validity (<c>validity</c>).</summary>
    [JsonPropertyName("validity")]
    public GrowwValidity? Validity { get; init; }

    /// <summary>The exchange (<c>exchange</c>).</summary>
    [JsonPropertyName("exchange")]
    public GrowwExchange? Exchange { get; init; }

    /// <summary>The order type (<c>order_type</c>).</summary>
    [JsonPropertyName("order_type")]
    public GrowwOrderType? OrderType { get; init; }

    /// <summary>Buy or sell (<c>transaction_type</c>).</summary>
    [JsonPropertyName("transaction_type")]
    public GrowwTransactionType? TransactionType { get; init; }

    /// <summary>The segment (<c>segment</c>).</summary>
    [JsonPropertyName("segment")]
    public GrowwSegment? Segment { get; init; }

    /// <summary>The product (<c>product</c>).</summary>
    [JsonPropertyName("product")]
    public GrowwProduct? Product { get; init; }

    /// <summary>When the order was created (IST) (<c>created_at</c>).</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the exchange last updated the order (IST) (<c>exchange_time</c>).</summary>
    [JsonPropertyName("exchange_time")]
    public DateTimeOffset? ExchangeTime { get; init; }

    /// <summary>The trade date (IST) (<c>trade_date</c>).</summary>
    [JsonPropertyName("trade_date")]
    public DateTimeOffset? TradeDate { get; init; }

    /// <summary>Your reference (<c>order_reference_id</c>).</summary>
    [JsonPropertyName("order_reference_id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? OrderReferenceId { get; init; }

    /// <summary>The exchange's order id, present on some answers (<c>exchange_order_id</c>).</summary>
    [JsonPropertyName("exchange_order_id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? ExchangeOrderId { get; init; }
}
