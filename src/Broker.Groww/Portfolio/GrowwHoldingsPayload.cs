using System.Text.Json.Serialization;

namespace Broker.Groww.Portfolio;

/// <summary>The payload of the holdings call.</summary>
internal sealed record GrowwHoldingsPayload
{
    [JsonPropertyName("holdings")]
    public IReadOnlyList<GrowwHolding>? Holdings { get; init; }
}
