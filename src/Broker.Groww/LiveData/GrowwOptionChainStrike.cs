using System.Text.Json.Serialization;

namespace Broker.Groww.LiveData;

/// <summary>The call and put of one strike; either may be missing.</summary>
public sealed record GrowwOptionChainStrike
{
    /// <summary>The call (<c>CE</c>).</summary>
    [JsonPropertyName("CE")]
    public GrowwOptionChainLeg? Call { get; init; }

    /// <summary>The put (<c>PE</c>).</summary>
    [JsonPropertyName("PE")]
    public GrowwOptionChainLeg? Put { get; init; }
}
