using System.Text.Json.Serialization;

namespace Broker.Groww.Orders;

/// <summary>The payload of the order list.</summary>
internal sealed record GrowwOrderListPayload
{
    [JsonPropertyName("order_list")]
    public IReadOnlyList<GrowwOrder>? OrderList { get; init; }
}
