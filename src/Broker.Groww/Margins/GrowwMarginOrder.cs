using System.Text.Json.Serialization;

namespace Broker.Groww.Margins;

/// <summary>One order of a margin calculation (an item of the <c>POST /v1/margins/detail/orders</c> body).</summary>
public sealed record GrowwMarginOrder
{
    /// <summary>The trading symbol (<c>trading_symbol</c>).</summary>
    [JsonPropertyName("trading_symbol")]
    public required string TradingSymbol { get; init; }

    /// <summary>Buy or sell (<c>transaction_type</c>).</summary>
    [JsonPropertyName("transaction_type")]
    public required GrowwTransactionType TransactionType { get; init; }

    /// <summary>The quantity (<c>quantity</c>).</summary>
    [JsonPropertyName("quantity")]
    public required long Quantity { get; init; }

    /// <summary>The limit price (<c>price</c>), for limit orders.</summary>
    [JsonPropertyName("price")]
    public decimal? Price { get; init; }

    /// <summary>The order type (<c>order_type</c>).</summary>
    [JsonPropertyName("order_type")]
    public required GrowwOrderType OrderType { get; init; }

    /// <summary>The product (<c>product</c>).</summary>
    [JsonPropertyName("product")]
    public required GrowwProduct Product { get; init; }

    /// <summary>The exchange (<c>exchange</c>).</summary>
    [JsonPropertyName("exchange")]
    public required GrowwExchange Exchange { get; init; }
}
