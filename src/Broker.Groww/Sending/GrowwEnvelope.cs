using System.Text.Json.Serialization;

namespace Broker.Groww.Sending;

/// <summary>Groww's success envelope, <c>{"status":"SUCCESS","payload":…}</c>. Failures are read by the error reader first.</summary>
/// <typeparam name="T">The payload type.</typeparam>
internal sealed record GrowwEnvelope<T>
{
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    [JsonPropertyName("payload")]
    public T? Payload { get; init; }
}
