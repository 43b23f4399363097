using System.Text.Json.Serialization;
using Broker.Collections;

namespace Broker.Groww.LiveData;

/// <summary>The order book of a quote (<c>depth</c>), best price first.</summary>
public sealed record GrowwMarketDepth
{
    /// <summary>Bids (<c>buy</c>).</summary>
    [JsonPropertyName("buy")]
    public IReadOnlyList<GrowwDepthLevel>? Buy { get; init => field = ValueList.From(value); }

    /// <summary>Offers (<c>sell</c>).</summary>
    [JsonPropertyName("sell")]
    public IReadOnlyList<GrowwDepthLevel>? Sell { get; init => field = ValueList.From(value); }
}
