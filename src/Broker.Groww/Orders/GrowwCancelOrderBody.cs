using System.Text.Json.Serialization;

namespace Broker.Groww.Orders;

/// <summary>The body of <c>POST /v1/order/cancel</c>.</summary>
internal sealed record GrowwCancelOrderBody(
    [property: JsonPropertyName("segment")] GrowwSegment Segment,
    [property: JsonPropertyName("groww_order_id")] string GrowwOrderId);
