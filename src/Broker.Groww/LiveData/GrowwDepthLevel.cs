using System.Text.Json.Serialization;

namespace Broker.Groww.LiveData;

/// <summary>One price level of the order book.</summary>
public sealed record GrowwDepthLevel
{
    /// <summary>The price (<c>price</c>).</summary>
    [JsonPropertyName("price")]
    public decimal Price { get; init; }

    /// <summary>The quantity at this price (<c>quantity</c>).</summary>
    [JsonPropertyName("quantity")]
    public long Quantity { get; init; }

    /// <summary>The number of orders, when Groww sends it (seen by third parties, undocumented) (<c>orderCount</c>).</summary>
    [JsonPropertyName("orderCount")]
    public long? OrderCount { get; init; }
}
