using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Groww.Orders;

/// <summary>Groww's answer to a modification or cancellation: the order and its status now.</summary>
public sealed record GrowwOrderAcknowledgement
{
    /// <summary>Groww's order id (<c>groww_order_id</c>).</summary>
    [JsonPropertyName("groww_order_id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? GrowwOrderId { get; init; }

    /// <summary>The order's status (<c>order_status</c>), such as MODIFICATION_REQUESTED or CANCELLED.</summary>
    [JsonPropertyName("order_status")]
    public GrowwOrderStatus? OrderStatus { get; init; }
}
