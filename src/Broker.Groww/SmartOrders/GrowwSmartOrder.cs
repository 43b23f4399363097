using System.Text.Json;
using System.Text.Json.Serialization;
using Broker.Serialization;
using Broker.Groww.Serialization;

namespace Broker.Groww.SmartOrders;

/// <summary>A Groww smart order (GTT or OCO) as Groww reports it. GTT orders fill <see cref="Order"/>, <see cref="TriggerPrice"/> and <see cref="TriggerDirection"/>; OCO orders fill <see cref="Target"/> and <see cref="StopLoss"/>. Times in IST.</summary>
public sealed record GrowwSmartOrder
{
    /// <summary>Groww's smart-order id, such as <c>gtt_91a7f4</c> (<c>smart_order_id</c>).</summary>
    [JsonPropertyName("smart_order_id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? SmartOrderId { get; init; }

    /// <summary>GTT or OCO (<c>smart_order_type</c>).</summary>
    [JsonPropertyName("smart_order_type")]
    public GrowwSmartOrderType? SmartOrderType { get; init; }

    /// <summary>The status (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public GrowwSmartOrderStatus? Status { get; init; }

    /// <summary>The trading symbol (<c>trading_symbol</c>).</summary>
    [JsonPropertyName("trading_symbol")]
    public string? TradingSymbol { get; init; }

    /// <summary>The exchange (<c>exchange</c>).</summary>
    [JsonPropertyName("exchange")]
    public GrowwExchange? Exchange { get; init; }

    /// <summary>The segment (<c>segment</c>).</summary>
    [JsonPropertyName("segment")]
    public GrowwSegment? Segment { get; init; }

    /// <summary>The quantity (<c>quantity</c>).</summary>
    [JsonPropertyName("quantity")]
    public long Quantity { get; init; }

    /// <summary>OCO: the net position it protects (<c>net_position_quantity</c>).</summary>
    [JsonPropertyName("net_position_quantity")]
    public long? NetPositionQuantity { get; init; }

    /// <summary>OCO: the exit direction (<c>transaction_type</c>).</summary>
    [JsonPropertyName("transaction_type")]
    public GrowwTransactionType? TransactionType { get; init; }

    /// <summary>The product (<c>product_type</c>).</summary>
    [JsonPropertyName("product_type")]
    public GrowwProduct? ProductType { get; init; }

    /// <summary>The validity (<c>duration</c>).</summary>
    [JsonPropertyName("duration")]
    public GrowwValidity? Duration { get; init; }

    /// <summary>GTT: the order placed on trigger (<c>order</c>).</summary>
    [JsonPropertyName("order")]
    public GrowwGttOrderLeg? Order { get; init; }

    /// <summary>GTT: the trigger direction (<c>trigger_direction</c>).</summary>
    [JsonPropertyName("trigger_direction")]
    public GrowwTriggerDirection? TriggerDirection { get; init; }

    /// <summary>GTT: the trigger price (<c>trigger_price</c>).</summary>
    [JsonPropertyName("trigger_price")]
    [JsonConverter(typeof(GrowwDecimalStringConverter))]
    public decimal? TriggerPrice { get; init; }

    /// <summary>OCO: the target leg (<c>target</c>).</summary>
    [JsonPropertyName("target")]
    public GrowwOcoLeg? Target { get; init; }

    /// <summary>OCO: the stop-loss leg (<c>stop_loss</c>).</summary>
    [JsonPropertyName("stop_loss")]
    public GrowwOcoLeg? StopLoss { get; init; }

    /// <summary>The last traded price when Groww answered (<c>ltp</c>).</summary>
    [JsonPropertyName("ltp")]
    public decimal? Ltp { get; init; }

    /// <summary>Groww's remark (<c>remark</c>).</summary>
    [JsonPropertyName("remark")]
    public string? Remark { get; init; }

    /// <summary>The instrument's display name (<c>display_name</c>).</summary>
    [JsonPropertyName("display_name")]
    public string? DisplayName { get; init; }

    /// <summary>GTT: child legs, raw JSON (shape undocumented) (<c>child_legs</c>).</summary>
    [JsonPropertyName("child_legs")]
    public JsonElement? ChildLegs { get; init; }

    /// <summary>Whether it can still be cancelled (<c>is_cancellation_allowed</c>).</summary>
    [JsonPropertyName("is_cancellation_allowed")]
    public bool? IsCancellationAllowed { get; init; }

    /// <summary>Whether it can still be modified (<c>is_modification_allowed</c>).</summary>
    [JsonPropertyName("is_modification_allowed")]
    public bool? IsModificationAllowed { get; init; }

    /// <summary>When it was created (<c>created_at</c>).</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it expires (GTT; OCO has none) (<c>expire_at</c>).</summary>
    [JsonPropertyName("expire_at")]
    public DateTimeOffset? ExpireAt { get; init; }

    /// <summary>When it triggered (<c>triggered_at</c>).</summary>
    [JsonPropertyName("triggered_at")]
    public DateTimeOffset? TriggeredAt { get; init; }

    /// <summary>When it last changed (<c>updated_at</c>).</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; init; }
}
