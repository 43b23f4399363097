using System.Text.Json.Serialization;

namespace Broker.Groww.Historical;

/// <summary>The payload of the expiries call.</summary>
internal sealed record GrowwExpiriesPayload
{
    [JsonPropertyName("expiries")]
    public IReadOnlyList<DateOnly>? Expiries { get; init; }
}
