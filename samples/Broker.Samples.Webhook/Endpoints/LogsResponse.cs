using Broker.Samples.Webhook.OrderLog;

namespace Broker.Samples.Webhook.Endpoints;

/// <summary>The answer to <c>GET /logs</c>: the newest order-log rows, newest first.</summary>
/// <param name="Count">How many rows follow.</param>
/// <param name="Entries">The rows.</param>
internal sealed record LogsResponse(int Count, IReadOnlyList<OrderLogEntry> Entries);
