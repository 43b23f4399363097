using System.Text.Json.Serialization;

namespace Broker.Groww.Portfolio;

/// <summary>The payload of the positions calls.</summary>
internal sealed record GrowwPositionsPayload
{
    [JsonPropertyName("positions")]
    public IReadOnlyList<GrowwPosition>? Positions { get; init; }
}
