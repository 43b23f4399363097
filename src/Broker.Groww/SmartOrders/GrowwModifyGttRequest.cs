using System.Text.Json;
using System.Text.Json.Serialization;
using Broker.Groww.Serialization;

namespace Broker.Groww.SmartOrders;

/// <summary>
/// Changes to a GTT (<c>PUT /v1/order-advance/modify/{smart_order_id}</c>). Only quantity, trigger price, trigger
/// direction, the order's type and price, and child legs can change; unset values are not sent. Symbol, exchange
/// and segment changes need cancel + create.
/// </summary>
public sealed record GrowwModifyGttRequest
{
    /// <summary>Always <c>GTT</c> (<c>smart_order_type</c>).</summary>
#pragma warning disable CA1822 // An instance property, so the serializer writes it into the body.
    [JsonPropertyName("smart_order_type")]
    public GrowwSmartOrderType SmartOrderType => GrowwSmartOrderType.Gtt;
#pragma warning restore CA1822

    /// <summary>The GTT's segment (<c>segment</c>).</summary>
    [JsonPropertyName("segment")]
    public required GrowwSegment Segment { get; init; }

    /// <summary>The new quantity (<c>quantity</c>).</summary>
    [JsonPropertyName("quantity")]
    public long? Quantity { get; init; }

    /// <summary>The new trigger price (<c>trigger_price</c>).</summary>
    [JsonPropertyName("trigger_price")]
    [JsonConverter(typeof(GrowwDecimalStringConverter))]
    public decimal? TriggerPrice { get; init; }

    /// <summary>The new trigger direction (<c>trigger_direction</c>).</summary>
    [JsonPropertyName("trigger_direction")]
    public GrowwTriggerDirection? TriggerDirection { get; init; }

    /// <summary>The order's new type and price (<c>order</c>); its transaction type must be sent unchanged.</summary>
    [JsonPropertyName("order")]
    public GrowwGttOrderLeg? Order { get; init; }

    /// <summary>New child legs (<c>child_legs</c>), raw JSON.</summary>
    [JsonPropertyName("child_legs")]
    public JsonElement? ChildLegs { get; init; }
}
