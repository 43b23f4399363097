using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Groww.SmartOrders;

/// <summary>
/// An OCO (One Cancels the Other) smart order protecting an open position (<c>POST /v1/order-advance/create</c> with
/// <c>smart_order_type: OCO</c>): a target leg and a stop-loss leg; when one executes the other is cancelled.
/// Groww documents FNO (CASH OCO is described both as unsupported and as MIS-only).
/// </summary>
public sealed record GrowwCreateOcoRequest
{
    /// <summary>Your reference (<c>reference_id</c>): 8–20 letters and digits, at most two hyphens. Generated when unset.</summary>
    [JsonPropertyName("reference_id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? ReferenceId { get; init; }

    /// <summary>Always <c>OCO</c> (<c>smart_order_type</c>).</summary>
#pragma warning disable CA1822 // An instance property, so the serializer writes it into the body.
    [JsonPropertyName("smart_order_type")]
    public GrowwSmartOrderType SmartOrderType => GrowwSmartOrderType.Oco;
#pragma warning restore CA1822

    /// <summary>The segment (<c>segment</c>).</summary>
    [JsonPropertyName("segment")]
    public required GrowwSegment Segment { get; init; }

    /// <summary>The trading symbol (<c>trading_symbol</c>).</summary>
    [JsonPropertyName("trading_symbol")]
    public required string TradingSymbol { get; init; }

    /// <summary>The quantity to exit (<c>quantity</c>), at most the absolute net position.</summary>
    [JsonPropertyName("quantity")]
    public required long Quantity { get; init; }

    /// <summary>The current net position (<c>net_position_quantity</c>); negative for a short position.</summary>
    [JsonPropertyName("net_position_quantity")]
    public required long NetPositionQuantity { get; init; }

    /// <summary>The direction of the exit (<c>transaction_type</c>): SELL for a long position, BUY for a short one.</summary>
    [JsonPropertyName("transaction_type")]
    public required GrowwTransactionType TransactionType { get; init; }

    /// <summary>The target leg (<c>target</c>): LIMIT (with price) or MARKET.</summary>
    [JsonPropertyName("target")]
    public required GrowwOcoLeg Target { get; init; }

    /// <summary>The stop-loss leg (<c>stop_loss</c>): SL (with price) or SL_M.</summary>
    [JsonPropertyName("stop_loss")]
    public required GrowwOcoLeg StopLoss { get; init; }

    /// <summary>The product (<c>product_type</c>): MIS or NRML.</summary>
    [JsonPropertyName("product_type")]
    public required GrowwProduct ProductType { get; init; }

    /// <summary>The exchange (<c>exchange</c>).</summary>
    [JsonPropertyName("exchange")]
    public required GrowwExchange Exchange { get; init; }

    /// <summary>The validity (<c>duration</c>). Default DAY.</summary>
    [JsonPropertyName("duration")]
    public GrowwValidity Duration { get; init; } = GrowwValidity.Day;
}
