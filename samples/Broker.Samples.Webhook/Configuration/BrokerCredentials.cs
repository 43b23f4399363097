using Microsoft.Extensions.Configuration;

namespace Broker.Samples.Webhook.Configuration;

/// <summary>Finds out from configuration whether credentials for a broker are present, and lists them for redaction.</summary>
internal static class BrokerCredentials
{
    /// <summary>The secret keys of the <c>Dhan</c> section.</summary>
    public static readonly IReadOnlyList<string> DhanSecretKeys = ["AccessToken", "Pin", "TotpSecret"];

    /// <summary>The secret keys of the <c>Groww</c> section.</summary>
    public static readonly IReadOnlyList<string> GrowwSecretKeys =
        ["Credentials:AccessToken", "Credentials:ApiKey", "Credentials:ApiSecret", "Credentials:TotpToken", "Credentials:TotpSecret"];

    /// <summary>Whether <paramref name="configuration"/> holds credentials for <paramref name="broker"/>.</summary>
    /// <param name="configuration">The application's configuration.</param>
    /// <param name="broker">The broker.</param>
    /// <returns><see langword="true"/> when a complete set is present (Dhan: client id with an access token or PIN + TOTP secret; Groww: an access token, API key + secret, or TOTP token + secret).</returns>
    public static bool AreConfigured(IConfiguration configuration, WebhookBroker broker)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        bool Has(string key) => !string.IsNullOrWhiteSpace(configuration[key]);
        return broker switch
        {
            WebhookBroker.Dhan => Has("Dhan:ClientId") && (Has("Dhan:AccessToken") || (Has("Dhan:Pin") && Has("Dhan:TotpSecret"))),
            WebhookBroker.Groww => Has("Groww:Credentials:AccessToken")
                || (Has("Groww:Credentials:ApiKey") && Has("Groww:Credentials:ApiSecret"))
                || (Has("Groww:Credentials:TotpToken") && Has("Groww:Credentials:TotpSecret")),
            _ => false,
        };
    }

    /// <summary>Every configured secret (webhook secret and both brokers' credentials), for redaction.</summary>
    /// <param name="configuration">The application's configuration.</param>
    /// <returns>The non-empty values.</returns>
    public static List<string> Secrets(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        IEnumerable<string> keys = ["Webhook:Secret", "Webhook:DhanPostbackSecret", .. DhanSecretKeys.Select(k => "Dhan:" + k), .. GrowwSecretKeys.Select(k => "Groww:" + k)];
        return [.. keys.Select(k => configuration[k]?.Trim()).Where(v => !string.IsNullOrEmpty(v)).Select(v => v!)];
    }
}
