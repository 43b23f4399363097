using System.Text.Json.Serialization;

namespace Broker.Groww.Authentication;

/// <summary>
/// The answer of <c>POST /v1/token/api/access</c>: a bare object, not the <c>status/payload</c> envelope. A
/// <c>payload</c> wrapper is accepted too, in case Groww aligns the endpoint with the rest of its API.
/// </summary>
internal sealed record GrowwTokenMintResponse
{
    [JsonPropertyName("token")]
    public string? Token { get; init; }

    [JsonPropertyName("tokenRefId")]
    public string? TokenRefId { get; init; }

    [JsonPropertyName("sessionName")]
    public string? SessionName { get; init; }

    [JsonPropertyName("expiry")]
    public DateTimeOffset? Expiry { get; init; }

    [JsonPropertyName("isActive")]
    public bool? IsActive { get; init; }

    [JsonPropertyName("payload")]
    public GrowwTokenMintResponse? Payload { get; init; }

    public override string ToString() => $"GrowwTokenMintResponse(token=***, expiry={Expiry})";
}
