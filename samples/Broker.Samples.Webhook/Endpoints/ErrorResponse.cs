namespace Broker.Samples.Webhook.Endpoints;

/// <summary>A plain error answer (for <c>/logs</c>).</summary>
/// <param name="Error">What is wrong.</param>
internal sealed record ErrorResponse(string Error);
