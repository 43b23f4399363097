using System.Text.Json.Serialization;

namespace Broker.Groww.Orders;

/// <summary>
/// The body of <c>POST /v1/order/modify</c>: the new quantity, type and prices of a pending or open order. The price
/// rules of <see cref="GrowwPlaceOrderRequest"/> apply to the new order type.
/// </summary>
public sealed record GrowwModifyOrderRequest
{
    /// <summary>The order to modify (<c>groww_order_id</c>).</summary>
    [JsonPropertyName("groww_order_id")]
    public required string GrowwOrderId { get; init; }

    /// <summary>The order's segment (<c>segment</c>).</summary>
    [JsonPropertyName("segment")]
    public required GrowwSegment Segment { get; init; }

    /// <summary>The (new) order type (<c>order_type</c>).</summary>
    [JsonPropertyName("order_type")]
    public required GrowwOrderType OrderType { get; init; }

    /// <summary>The (new) quantity (<c>quantity</c>); the official SDK always sends it.</summary>
    [JsonPropertyName("quantity")]
    public required long Quantity { get; init; }

    /// <summary>The (new) limit price (<c>price</c>), for LIMIT and SL.</summary>
    [JsonPropertyName("price")]
    public decimal? Price { get; init; }

    /// <summary>The (new) trigger price (<c>trigger_price</c>), for SL and SL_M.</summary>
    [JsonPropertyName("trigger_price")]
    public decimal? TriggerPrice { get; init; }
}
