using System.Text.Json.Serialization;

namespace Broker.Groww.LiveData;

/// <summary>The payload of the greeks call.</summary>
internal sealed record GrowwGreeksPayload
{
    [JsonPropertyName("greeks")]
    public GrowwGreeks? Greeks { get; init; }
}
