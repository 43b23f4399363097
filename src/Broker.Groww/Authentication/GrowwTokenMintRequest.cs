using System.Text.Json;
using System.Text.Json.Serialization;

namespace Broker.Groww.Authentication;

/// <summary>The body of <c>POST /v1/token/api/access</c>: <c>key_type</c> with a checksum + timestamp, or a TOTP code.</summary>
internal sealed record GrowwTokenMintRequest
{
    [JsonPropertyName("key_type")]
    public required string KeyType { get; init; }

    [JsonPropertyName("checksum")]
    public string? Checksum { get; init; }

    /// <summary>Epoch seconds, as a JSON string (docs) or number (official SDK).</summary>
    [JsonPropertyName("timestamp")]
    public JsonElement? Timestamp { get; init; }

    [JsonPropertyName("totp")]
    public string? Totp { get; init; }

    public override string ToString() => $"GrowwTokenMintRequest(key_type={KeyType}, ***)";
}
