using System.Text.Json.Serialization;

namespace Broker.Groww.SmartOrders;

/// <summary>
/// Changes to an OCO (<c>PUT /v1/order-advance/modify/{smart_order_id}</c>). Only quantity, duration, product and
/// the two legs' trigger prices can change; unset values are not sent.
/// </summary>
public sealed record GrowwModifyOcoRequest
{
    /// <summary>Always <c>OCO</c> (<c>smart_order_type</c>).</summary>
#pragma warning disable CA1822 // An instance property, so the serializer writes it into the body.
    [JsonPropertyName("smart_order_type")]
    public GrowwSmartOrderType SmartOrderType => GrowwSmartOrderType.Oco;
#pragma warning restore CA1822

    /// <summary>The OCO's segment (<c>segment</c>).</summary>
    [JsonPropertyName("segment")]
    public required GrowwSegment Segment { get; init; }

    /// <summary>The new quantity (<c>quantity</c>).</summary>
    [JsonPropertyName("quantity")]
    public long? Quantity { get; init; }

    /// <summary>The new validity (<c>duration</c>).</summary>
    [JsonPropertyName("duration")]
    public GrowwValidity? Duration { get; init; }

    /// <summary>The new product (<c>product_type</c>).</summary>
    [JsonPropertyName("product_type")]
    public GrowwProduct? ProductType { get; init; }

    /// <summary>The target leg's new trigger price (<c>target.trigger_price</c>).</summary>
    [JsonPropertyName("target")]
    public GrowwOcoLeg? Target { get; init; }

    /// <summary>The stop-loss leg's new trigger price (<c>stop_loss.trigger_price</c>).</summary>
    [JsonPropertyName("stop_loss")]
    public GrowwOcoLeg? StopLoss { get; init; }
}
