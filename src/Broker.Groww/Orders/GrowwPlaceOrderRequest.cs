using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Groww.Orders;

/// <summary>
/// The body of <c>POST /v1/order/create</c>. Price rules by <see cref="OrderType"/>: MARKET takes neither price nor
/// trigger price; LIMIT takes a price; SL takes a price and a trigger price; SL_M takes a trigger price only.
/// </summary>
public sealed record GrowwPlaceOrderRequest
{
    /// <summary>The exchange trading symbol (<c>trading_symbol</c>), such as <c>WIPRO</c> or <c>NIFTY25OCT24000CE</c>.</summary>
    [JsonPropertyName("trading_symbol")]
    public required string TradingSymbol { get; init; }

    /// <summary>The quantity (<c>quantity</c>); for FNO a multiple of the lot size.</summary>
    [JsonPropertyName("quantity")]
    public required long Quantity { get; init; }

    /// <summary>The limit price in rupees (<c>price</c>), for LIMIT and SL orders.</summary>
    [JsonPropertyName("price")]
    public decimal? Price { get; init; }

    /// <summary>The trigger price in rupees (<c>trigger_price</c>), for SL and SL_M orders.</summary>
    [JsonPropertyName("trigger_price")]
    public decimal? TriggerPrice { get; init; }

    /// <summary>The validity (<c>validity</c>). Default DAY, the only value Groww documents.</summary>
    [JsonPropertyName("validity")]
    public GrowwValidity Validity { get; init; } = GrowwValidity.Day;

    /// <summary>The exchange (<c>exchange</c>).</summary>
    [JsonPropertyName("exchange")]
    public required GrowwExchange Exchange { get; init; }

    /// <summary>The segment (<c>segment</c>).</summary>
    [JsonPropertyName("segment")]
    public required GrowwSegment Segment { get; init; }

    /// <summary>The product (<c>product</c>).</summary>
    [JsonPropertyName("product")]
    public required GrowwProduct Product { get; init; }

    /// <summary>The order type (<c>order_type</c>).</summary>
    [JsonPropertyName("order_type")]
    public required GrowwOrderType OrderType { get; init; }

    /// <summary>Buy or sell (<c>transaction_type</c>).</summary>
    [JsonPropertyName("transaction_type")]
    public required GrowwTransactionType TransactionType { get; init; }

    /// <summary>
    /// Your reference for the order (<c>order_reference_id</c>): 8 to 20 letters and digits with at most two hyphens.
    /// Groww refuses a second order with the same reference (GA007), which makes it the key to safe retries. When
    /// unset, the SDK generates one and returns it in <see cref="GrowwOrderPlacement.OrderReferenceId"/>.
    /// </summary>
    [JsonPropertyName("order_reference_id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? OrderReferenceId { get; init; }
}
