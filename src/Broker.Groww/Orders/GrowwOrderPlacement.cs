using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Groww.Orders;

/// <summary>The result of placing an order: Groww's order id and status, and the reference the order was sent with.</summary>
public sealed record GrowwOrderPlacement
{
    /// <summary>Groww's order id (<c>groww_order_id</c>), such as <c>GMK39038RDT490CCVRO</c>.</summary>
    [JsonPropertyName("groww_order_id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? GrowwOrderId { get; init; }

    /// <summary>The order's status (<c>order_status</c>).</summary>
    [JsonPropertyName("order_status")]
    public GrowwOrderStatus? OrderStatus { get; init; }

    /// <summary>
    /// The <c>order_reference_id</c> the order was sent with (yours, or the one the SDK generated). Use it with
    /// <see cref="IGrowwOrdersClient.FindOrderByReferenceAsync"/> to reconcile.
    /// </summary>
    [JsonPropertyName("order_reference_id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? OrderReferenceId { get; init; }

    /// <summary>Groww's remark (<c>remark</c>), such as a rejection reason.</summary>
    [JsonPropertyName("remark")]
    public string? Remark { get; init; }

    /// <summary>
    /// <see langword="true"/> when this call did not place a new order because one with the same reference already
    /// existed (only from <see cref="IGrowwOrdersClient.PlaceOrderIdempotentAsync"/>).
    /// </summary>
    [JsonIgnore]
    public bool AlreadyPlaced { get; init; }
}
