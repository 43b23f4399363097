using Broker.Security;

namespace Broker.Samples.Webhook.Configuration;

/// <summary>
/// The service's settings (<c>Webhook</c> section; environment <c>Webhook__Secret</c> and so on, or the seed's names
/// such as <c>WEBHOOK_SECRET</c>). <see cref="ToString"/> never shows the secret.
/// </summary>
internal sealed class WebhookOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Webhook";

    /// <summary>The shared secret every alert must carry (seed: <c>WEBHOOK_SECRET</c>). At least 16 characters.</summary>
    public string? Secret { get; set; }

    /// <summary>
    /// The secret path segment of the Dhan postback route, <c>POST /dhan/postback/{secret}</c>; unset (the default)
    /// turns the route off. Dhan signs nothing, so this segment is the only proof a postback came from the URL you gave
    /// Dhan: use a long random value (at least 16 characters of <c>A-Z a-z 0-9 - _</c>), different from
    /// <see cref="Secret"/>, because the postback URL is stored at Dhan and travels in the access token's
    /// <c>webhookUrl</c> claim.
    /// </summary>
    public string? DhanPostbackSecret { get; set; }

    /// <summary>The broker orders go to: <c>Dhan</c> or <c>Groww</c>.</summary>
    public WebhookBroker Broker { get; set; }

    /// <summary>
    /// <see langword="true"/> to place real orders (seed: <c>ENABLE_DHAN</c>). Default <see langword="false"/>: dry
    /// run, alerts are validated and logged, nothing is sent to the broker.
    /// </summary>
    public bool LiveTrading { get; set; }

    /// <summary>
    /// When no broker credentials are configured, start Broker.Sandbox in-process and trade against its demo account,
    /// so the service can be tried without an account. Default <see langword="false"/>.
    /// </summary>
    public bool UseSandbox { get; set; }

    /// <summary>The largest alert body accepted, in bytes. Default 16 KB.</summary>
    public int MaxBodyBytes { get; set; } = 16 * 1024;

    /// <summary>How many client references are remembered to refuse duplicate alerts. Default 10,000.</summary>
    public int RememberedReferences { get; set; } = 10_000;

    /// <summary>The longest an order placement may take once started, whatever the caller does. Default 60 seconds.</summary>
    public TimeSpan PlacementTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The alert queue and its journal.</summary>
    public QueueOptions Queue { get; set; } = new();

    /// <summary>The per-alert risk limits.</summary>
    public RiskOptions Risk { get; set; } = new();

    /// <summary>The background token check.</summary>
    public TokenCheckOptions TokenCheck { get; set; } = new();

    /// <summary>The CSV order log.</summary>
    public OrderLogOptions OrderLog { get; set; } = new();

    /// <summary>The instrument master.</summary>
    public InstrumentSourceOptions Instruments { get; set; } = new();

    /// <inheritdoc />
    public override string ToString() =>
        $"WebhookOptions(Broker={Broker}, LiveTrading={LiveTrading}, UseSandbox={UseSandbox}, Secret={(string.IsNullOrEmpty(Secret) ? "(none)" : SecretRedactor.Mask)}, DhanPostbackSecret={(string.IsNullOrEmpty(DhanPostbackSecret) ? "(none)" : SecretRedactor.Mask)}, OrderLog={OrderLog.Path})";
}
