using Broker.Samples.Webhook.Configuration;
using Broker.Samples.Webhook.Orders;
using Broker.Time;

namespace Broker.Samples.Webhook.Health;

/// <summary>
/// Builds the <c>/ready</c> report from live state: the client, the token the SDK's <c>TokenManager</c> holds (read,
/// never minted here), the instrument master, and the last successful broker call.
/// </summary>
/// <param name="options">The service options.</param>
/// <param name="gateway">The broker.</param>
/// <param name="health">Recorded broker calls and token checks.</param>
/// <param name="timeProvider">The clock.</param>
internal sealed class ReadinessProbe(WebhookOptions options, IOrderGateway gateway, BrokerHealth health, TimeProvider timeProvider)
{
    /// <summary>Reports readiness now.</summary>
    /// <returns>The report.</returns>
    public ReadinessReport Report()
    {
        var now = timeProvider.GetUtcNow();
        var tokens = gateway.Tokens;
        var token = tokens?.CurrentToken;
        var accessToken = !gateway.HasClient ? "not_configured"
            : token is null ? "missing"
            : token.IsExpired(now) ? "expired"
            : "valid";
        var instruments = gateway.Instruments;
        var check = health.LastTokenCheck;
        var ready = instruments.Loaded && (gateway.HasClient ? accessToken == "valid" : !options.LiveTrading);
        return new ReadinessReport
        {
            Ready = ready,
            Broker = gateway.Broker.ToString(),
            Mode = options.LiveTrading ? "live" : "dry_run",
            Checks = new ReadinessChecks
            {
                Client = gateway.HasClient ? "initialised" : "not_configured",
                AccessToken = accessToken,
                TokenFlow = tokens?.FlowName,
                TokenExpiresAt = token?.ExpiresAt is { } expiry ? IndianTime.ToIst(expiry) : null,
                TokenRemainingSeconds = token?.RemainingLifetime(now) is { } remaining ? (long)remaining.TotalSeconds : null,
                Instruments = !instruments.Loaded ? "not_loaded" : instruments.Stale ? "stale" : "loaded",
                InstrumentCount = instruments.Count,
                InstrumentsLoadedAt = instruments.LoadedAt,
                LastSuccessfulBrokerCall = health.LastSuccessfulCall,
                LastTokenCheck = check?.At,
                LastTokenCheckOk = check?.Succeeded,
                LastTokenCheckMessage = check?.Message,
            },
        };
    }
}
