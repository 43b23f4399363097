using System.Text.Json.Serialization;
using Broker.Samples.Webhook.Endpoints;
using Broker.Samples.Webhook.Health;

namespace Broker.Samples.Webhook.Serialization;

/// <summary>Source-generated JSON for every answer the service writes (snake_case, no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = false)]
[JsonSerializable(typeof(WebhookResponse))]
[JsonSerializable(typeof(AlertStatusResponse))]
[JsonSerializable(typeof(ReadinessReport))]
[JsonSerializable(typeof(HealthReport))]
[JsonSerializable(typeof(LogsResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(DhanPostbackResponse))]
internal sealed partial class WebhookJsonContext : JsonSerializerContext;
