namespace Broker.Samples.Webhook.Health;

/// <summary>The answer to <c>GET /health</c>: the process is up.</summary>
/// <param name="Status">Always <c>healthy</c>.</param>
internal sealed record HealthReport(string Status);
