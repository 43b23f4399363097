using Microsoft.Extensions.Logging;

namespace Broker.Samples.Webhook.Logging;

/// <summary>The service's log events (7000–7099). No event carries a secret.</summary>
internal static partial class WebhookLog
{
    [LoggerMessage(EventId = 7000, Level = LogLevel.Information, Message = "Webhook service ready to receive alerts: broker {Broker}, mode {Mode}, order log {OrderLogPath}")]
    public static partial void Started(ILogger logger, string broker, string mode, string orderLogPath);

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "LIVE TRADING: alerts place real orders at {Broker}")]
    public static partial void LiveTrading(ILogger logger, string broker);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Alert {AlertId}: {Outcome} ({HttpStatus}) {Side} {Quantity} {Instrument} ref {BrokerReference} order {OrderId}: {Detail}")]
    public static partial void AlertHandled(ILogger logger, string alertId, string outcome, int httpStatus, string? side, long? quantity, string? instrument, string? brokerReference, string? orderId, string? detail);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "Alert {AlertId} refused: missing or wrong secret (from {RemoteAddress})")]
    public static partial void Unauthorized(ILogger logger, string alertId, string remoteAddress);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Token check: {Broker} token ({Flow}) valid until {ExpiresAt:yyyy-MM-dd HH:mm:ss zzz}, {RemainingHours:0.0} hours remaining")]
    public static partial void TokenValid(ILogger logger, string broker, string flow, DateTimeOffset? expiresAt, double remainingHours);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Information, Message = "Token check: new {Broker} token ({Flow}) obtained, valid until {ExpiresAt:yyyy-MM-dd HH:mm:ss zzz}")]
    public static partial void TokenRenewed(ILogger logger, string broker, string flow, DateTimeOffset? expiresAt);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Error, Message = "Token check failed for {Broker}: {Detail}")]
    public static partial void TokenCheckFailed(ILogger logger, string broker, string detail);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Warning, Message = "Token check: the {Broker} token ({Flow}) expires in {RemainingHours:0.0} hours and cannot be renewed automatically; configure PIN + TOTP (Dhan) or TOTP / API key (Groww), or paste a new token")]
    public static partial void TokenNotRenewable(ILogger logger, string broker, string flow, double remainingHours);

    [LoggerMessage(EventId = 7008, Level = LogLevel.Error, Message = "Could not append to the order log {Path}: {Detail}")]
    public static partial void OrderLogWriteFailed(ILogger logger, string path, string detail);

    [LoggerMessage(EventId = 7009, Level = LogLevel.Information, Message = "{Broker} instrument master ready: {Count} instruments loaded at {LoadedAt:yyyy-MM-dd HH:mm:ss zzz}")]
    public static partial void InstrumentsReady(ILogger logger, string broker, int count, DateTimeOffset? loadedAt);

    [LoggerMessage(EventId = 7010, Level = LogLevel.Warning, Message = "{Broker} instrument master could not be loaded; retrying in {RetryIn}: {Detail}")]
    public static partial void InstrumentsFailed(ILogger logger, string broker, TimeSpan retryIn, string detail);

    [LoggerMessage(EventId = 7011, Level = LogLevel.Warning, Message = "No {Broker} credentials configured: trading against the in-process Broker.Sandbox at {Address} (demo account, no real orders)")]
    public static partial void SandboxStarted(ILogger logger, string broker, Uri address);

    [LoggerMessage(EventId = 7012, Level = LogLevel.Error, Message = "Alert {AlertId}: the order may or may not have been placed; look it up at {Broker} by reference {BrokerReference} before sending the alert again")]
    public static partial void OutcomeUnknown(ILogger logger, string alertId, string broker, string brokerReference);

    [LoggerMessage(EventId = 7013, Level = LogLevel.Information, Message = "Dry run: no {Broker} credentials configured; alerts are validated against the instrument master and logged")]
    public static partial void DryRunWithoutClient(ILogger logger, string broker);

    [LoggerMessage(EventId = 7014, Level = LogLevel.Information, Message = "Dhan postback {PostbackId}: order {OrderId} {OrderStatus}, filled {FilledQuantity}/{Quantity} {Symbol} ref {CorrelationId}")]
    public static partial void DhanPostbackReceived(ILogger logger, string postbackId, string? orderId, string? orderStatus, long filledQuantity, long quantity, string? symbol, string? correlationId);

    [LoggerMessage(EventId = 7015, Level = LogLevel.Warning, Message = "Dhan postback refused: wrong secret path segment (from {RemoteAddress})")]
    public static partial void DhanPostbackUnauthorized(ILogger logger, string remoteAddress);

    [LoggerMessage(EventId = 7016, Level = LogLevel.Warning, Message = "Dhan postback refused with 400: {Problem}")]
    public static partial void DhanPostbackInvalid(ILogger logger, string problem);

    [LoggerMessage(EventId = 7017, Level = LogLevel.Information, Message = "The in-process Broker.Sandbox sends its Dhan order updates to this service's postback route")]
    public static partial void SandboxPostbacks(ILogger logger);

    [LoggerMessage(EventId = 7018, Level = LogLevel.Warning, Message = "Alert {AlertId} refused by risk limit {Limit}: {Side} {Quantity} {Symbol}: {Detail}")]
    public static partial void RiskRefused(ILogger logger, string alertId, string limit, string side, long quantity, string symbol, string detail);

    [LoggerMessage(EventId = 7019, Level = LogLevel.Warning, Message = "Alert {AlertId} refused: {Reason}")]
    public static partial void AlertNotAccepted(ILogger logger, string alertId, string reason);

    [LoggerMessage(EventId = 7020, Level = LogLevel.Information, Message = "Alert journal {Path}: {Pending} accepted alerts had no outcome; placing them again, each looked up at the broker by its reference first")]
    public static partial void JournalReplay(ILogger logger, string path, int pending);

    [LoggerMessage(EventId = 7021, Level = LogLevel.Error, Message = "Alert journal {Path} could not be written: {Detail}")]
    public static partial void JournalFailed(ILogger logger, string path, string detail);

    [LoggerMessage(EventId = 7022, Level = LogLevel.Information, Message = "Token check: the {Broker} token ({Flow}) expires at {ExpiresAt:yyyy-MM-dd HH:mm:ss zzz}; it is renewable, and the SDK mints the next one when it expires (a token minted now would expire at the same time)")]
    public static partial void TokenServesUntilExpiry(ILogger logger, string broker, string flow, DateTimeOffset? expiresAt);
}
