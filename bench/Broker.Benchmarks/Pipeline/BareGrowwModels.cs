using System.Text.Json.Serialization;

namespace Broker.Benchmarks.Pipeline;

/// <summary>Groww's response envelope, as a hand-written client would declare it.</summary>
/// <typeparam name="T">The payload type.</typeparam>
internal sealed class BareEnvelope<T>
{
    /// <summary>SUCCESS or FAILURE.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The payload.</summary>
    [JsonPropertyName("payload")]
    public T? Payload { get; set; }
}

/// <summary>The order-status payload (same fields as the SDK's GrowwOrderStatusInfo).</summary>
internal sealed class BareOrderStatus
{
    /// <summary>Groww's order id.</summary>
    [JsonPropertyName("groww_order_id")]
    public string? GrowwOrderId { get; set; }

    /// <summary>The status.</summary>
    [JsonPropertyName("order_status")]
    public string? OrderStatus { get; set; }

    /// <summary>The remark.</summary>
    [JsonPropertyName("remark")]
    public string? Remark { get; set; }

    /// <summary>The filled quantity.</summary>
    [JsonPropertyName("filled_quantity")]
    public long FilledQuantity { get; set; }

    /// <summary>The client reference.</summary>
    [JsonPropertyName("order_reference_id")]
    public string? OrderReferenceId { get; set; }
}

/// <summary>The order-create body (same fields as the SDK's GrowwPlaceOrderRequest).</summary>
internal sealed class BarePlaceOrder
{
    /// <summary>The symbol.</summary>
    [JsonPropertyName("trading_symbol")]
    public required string TradingSymbol { get; set; }

    /// <summary>The quantity.</summary>
    [JsonPropertyName("quantity")]
    public long Quantity { get; set; }

    /// <summary>The limit price.</summary>
    [JsonPropertyName("price")]
    public decimal? Price { get; set; }

    /// <summary>The trigger price.</summary>
    [JsonPropertyName("trigger_price")]
    public decimal? TriggerPrice { get; set; }

    /// <summary>DAY.</summary>
    [JsonPropertyName("validity")]
    public required string Validity { get; set; }

    /// <summary>NSE.</summary>
    [JsonPropertyName("exchange")]
    public required string Exchange { get; set; }

    /// <summary>CASH.</summary>
    [JsonPropertyName("segment")]
    public required string Segment { get; set; }

    /// <summary>CNC.</summary>
    [JsonPropertyName("product")]
    public required string Product { get; set; }

    /// <summary>MARKET.</summary>
    [JsonPropertyName("order_type")]
    public required string OrderType { get; set; }

    /// <summary>BUY.</summary>
    [JsonPropertyName("transaction_type")]
    public required string TransactionType { get; set; }

    /// <summary>The unique client reference.</summary>
    [JsonPropertyName("order_reference_id")]
    public string? OrderReferenceId { get; set; }
}

/// <summary>The order-create answer (same fields as the SDK's GrowwOrderPlacement).</summary>
internal sealed class BarePlacement
{
    /// <summary>Groww's order id.</summary>
    [JsonPropertyName("groww_order_id")]
    public string? GrowwOrderId { get; set; }

    /// <summary>The status.</summary>
    [JsonPropertyName("order_status")]
    public string? OrderStatus { get; set; }

    /// <summary>The client reference.</summary>
    [JsonPropertyName("order_reference_id")]
    public string? OrderReferenceId { get; set; }

    /// <summary>The remark.</summary>
    [JsonPropertyName("remark")]
    public string? Remark { get; set; }
}

/// <summary>The hand-written client's source-generated JSON context (System.Text.Json defaults).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BareEnvelope<BareOrderStatus>))]
[JsonSerializable(typeof(BareEnvelope<BarePlacement>))]
[JsonSerializable(typeof(BarePlaceOrder))]
internal sealed partial class BareJsonContext : JsonSerializerContext;
