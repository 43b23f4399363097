namespace Broker.Samples.Webhook.Configuration;

/// <summary>The broker the service places orders with (<c>Webhook:Broker</c>).</summary>
internal enum WebhookBroker
{
    /// <summary>Not configured; the service refuses to start.</summary>
    None = 0,

    /// <summary>DhanHQ v2.</summary>
    Dhan,

    /// <summary>Groww Trading API v1.</summary>
    Groww,
}
