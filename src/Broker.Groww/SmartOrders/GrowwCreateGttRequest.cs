using System.Text.Json;
using System.Text.Json.Serialization;
using Broker.Serialization;
using Broker.Groww.Serialization;

namespace Broker.Groww.SmartOrders;

/// <summary>
/// A GTT (Good Till Triggered) smart order (<c>POST /v1/order-advance/create</c> with <c>smart_order_type: GTT</c>):
/// when the price crosses <see cref="TriggerPrice"/> in <see cref="TriggerDirection"/>, <see cref="Order"/> is placed.
/// CASH and FNO only; Groww does not support COMMODITY smart orders.
/// </summary>
public sealed record GrowwCreateGttRequest
{
    /// <summary>Your reference (<c>reference_id</c>): 8–20 letters and digits, at most two hyphens. Generated when unset.</summary>
    [JsonPropertyName("reference_id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? ReferenceId { get; init; }

    /// <summary>Always <c>GTT</c> (<c>smart_order_type</c>).</summary>
#pragma warning disable CA1822 // An instance property, so the serializer writes it into the body.
    [JsonPropertyName("smart_order_type")]
    public GrowwSmartOrderType SmartOrderType => GrowwSmartOrderType.Gtt;
#pragma warning restore CA1822

    /// <summary>The segment (<c>segment</c>): CASH or FNO.</summary>
    [JsonPropertyName("segment")]
    public required GrowwSegment Segment { get; init; }

    /// <summary>The trading symbol (<c>trading_symbol</c>).</summary>
    [JsonPropertyName("trading_symbol")]
    public required string TradingSymbol { get; init; }

    /// <summary>The quantity (<c>quantity</c>).</summary>
    [JsonPropertyName("quantity")]
    public required long Quantity { get; init; }

    /// <summary>The trigger price in rupees (<c>trigger_price</c>, sent as a decimal string).</summary>
    [JsonPropertyName("trigger_price")]
    [JsonConverter(typeof(GrowwDecimalStringConverter))]
    public required decimal? TriggerPrice { get; init; }

    /// <summary>Which way the price must cross the trigger (<c>trigger_direction</c>).</summary>
    [JsonPropertyName("trigger_direction")]
    public required GrowwTriggerDirection TriggerDirection { get; init; }

    /// <summary>The order placed on trigger (<c>order</c>).</summary>
    [JsonPropertyName("order")]
    public required GrowwGttOrderLeg Order { get; init; }

    /// <summary>Optional child legs for bracket orders (<c>child_legs</c>); Groww does not document their shape, so they are raw JSON.</summary>
    [JsonPropertyName("child_legs")]
    public JsonElement? ChildLegs { get; init; }

    /// <summary>The product (<c>product_type</c>; note the name): CNC, MIS or NRML.</summary>
    [JsonPropertyName("product_type")]
    public required GrowwProduct ProductType { get; init; }

    /// <summary>The exchange (<c>exchange</c>).</summary>
    [JsonPropertyName("exchange")]
    public required GrowwExchange Exchange { get; init; }

    /// <summary>The validity (<c>duration</c>). Default DAY.</summary>
    [JsonPropertyName("duration")]
    public GrowwValidity Duration { get; init; } = GrowwValidity.Day;
}
