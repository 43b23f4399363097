using System.Text.Json.Serialization;

namespace Broker.Groww.SmartOrders;

/// <summary>The payload of the smart-order list.</summary>
internal sealed record GrowwSmartOrderListPayload
{
    [JsonPropertyName("orders")]
    public IReadOnlyList<GrowwSmartOrder>? Orders { get; init; }
}
