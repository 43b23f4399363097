using System.Text.Json.Serialization;
using Broker.Groww.Serialization;

namespace Broker.Groww.SmartOrders;

/// <summary>
/// One leg of an OCO (<c>target</c> or <c>stop_loss</c>). Target legs are LIMIT or MARKET; stop-loss legs are SL or
/// SL_M. Prices travel as decimal strings.
/// </summary>
public sealed record GrowwOcoLeg
{
    /// <summary>The price that triggers this leg (<c>trigger_price</c>).</summary>
    [JsonPropertyName("trigger_price")]
    [JsonConverter(typeof(GrowwDecimalStringConverter))]
    public decimal? TriggerPrice { get; init; }

    /// <summary>The leg's order type (<c>order_type</c>); leave unset when modifying.</summary>
    [JsonPropertyName("order_type")]
    public GrowwOrderType? OrderType { get; init; }

    /// <summary>The limit price (<c>price</c>), required for LIMIT targets and SL stop-losses.</summary>
    [JsonPropertyName("price")]
    [JsonConverter(typeof(GrowwDecimalStringConverter))]
    public decimal? Price { get; init; }
}
