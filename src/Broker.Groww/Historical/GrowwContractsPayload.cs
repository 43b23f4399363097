using System.Text.Json.Serialization;

namespace Broker.Groww.Historical;

/// <summary>The payload of the contracts call.</summary>
internal sealed record GrowwContractsPayload
{
    [JsonPropertyName("contracts")]
    public IReadOnlyList<string>? Contracts { get; init; }
}
