namespace Broker.Samples.Webhook.Configuration;

/// <summary>The CSV order log (<c>Webhook:OrderLog</c>).</summary>
internal sealed class OrderLogOptions
{
    /// <summary>The file every alert and its outcome is appended to (seed: <c>CSV_LOG_PATH</c>). Default <c>webhook_orders.csv</c>.</summary>
    public string Path { get; set; } = "webhook_orders.csv";

    /// <summary>The most rows <c>GET /logs</c> returns at once. Default 1000.</summary>
    public int MaxReadLimit { get; set; } = 1000;

    /// <summary>
    /// Require the webhook secret in the <c>X-Webhook-Secret</c> header to read <c>GET /logs</c>. Default
    /// <see langword="true"/>: the log is your order history.
    /// </summary>
    public bool RequireSecret { get; set; } = true;
}
