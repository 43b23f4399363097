using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Groww.Orders;

/// <summary>The short status of an order (<c>GET /v1/order/status/…</c>, by Groww order id or by your reference).</summary>
public sealed record GrowwOrderStatusInfo
{
    /// <summary>Groww's order id (<c>groww_order_id</c>).</summary>
    [JsonPropertyName("groww_order_id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? GrowwOrderId { get; init; }

    /// <summary>The order's status (<c>order_status</c>).</summary>
    [JsonPropertyName("order_status")]
    public GrowwOrderStatus? OrderStatus { get; init; }

    /// <summary>Groww's remark (<c>remark</c>).</summary>
    [JsonPropertyName("remark")]
    public string? Remark { get; init; }

    /// <summary>The quantity filled so far (<c>filled_quantity</c>).</summary>
    [JsonPropertyName("filled_quantity")]
    public long FilledQuantity { get; init; }

    /// <summary>Your reference (<c>order_reference_id</c>).</summary>
    [JsonPropertyName("order_reference_id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? OrderReferenceId { get; init; }
}
