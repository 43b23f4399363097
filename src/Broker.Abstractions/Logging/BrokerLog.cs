using Microsoft.Extensions.Logging;

namespace Broker.Logging;

/// <summary>
/// The shared machinery's log lines, source-generated with stable event ids: 1000s authentication, 2000s rate
/// limiting, 3000s HTTP and resilience. No method takes a secret; token values never reach a log.
/// </summary>
internal static partial class BrokerLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Access token minted for {Account} by the {Flow} flow; it expires at {ExpiresAt}.")]
    public static partial void TokenMinted(ILogger logger, string account, string flow, DateTimeOffset? expiresAt);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Renewing the access token for {Account} ({Reason}).")]
    public static partial void TokenRenewing(ILogger logger, string account, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Minting an access token for {Account} by the {Flow} flow failed: {Error}")]
    public static partial void TokenMintFailed(ILogger logger, string account, string flow, string error);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "The broker rejected the access token on {Endpoint} (HTTP {StatusCode}); renewing once and resending.")]
    public static partial void TokenRejected(ILogger logger, string endpoint, int statusCode);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Debug, Message = "Access token for {Account} restored from the token store; it expires at {ExpiresAt}.")]
    public static partial void TokenRestored(ILogger logger, string account, DateTimeOffset? expiresAt);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Not renewing the access token of {Account} again before {Until}: the token minted to replace a rejected one was rejected too before any call succeeded with it.")]
    public static partial void RenewalHeldBack(ILogger logger, string account, DateTimeOffset until);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "Renewing the access token ahead of its expiry failed ({Failure}); the current token keeps serving, and a call after {RetrySeconds} s tries again.")]
    public static partial void TokenRenewalAheadFailed(ILogger logger, string failure, double retrySeconds);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Rate limit: {Category} request waited {WaitMilliseconds} ms for a permit.")]
    public static partial void RateLimitWaited(ILogger logger, string category, double waitMilliseconds);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Broker answered 429 on {Endpoint}; pausing category {Category} for {PauseMilliseconds} ms.")]
    public static partial void ServerThrottled(ILogger logger, string endpoint, string category, double pauseMilliseconds);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Rate limit: {Category} request refused on the client; a permit frees in {RetryAfterMilliseconds} ms.")]
    public static partial void RateLimitRefused(ILogger logger, string category, double retryAfterMilliseconds);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Rate limit: the broker throttled category {Category}; it now runs at {SharePercent:0}% of its configured limits until the broker stops throttling.")]
    public static partial void RateLimitSlowedDown(ILogger logger, string category, double sharePercent);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Rate limit: the shared store could not record the pause of category {Category} ({Failure}); this process pauses it, other processes may not.")]
    public static partial void SharedPauseFailed(ILogger logger, string category, string failure);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Information, Message = "Took the access token of {Account} that another process stored (expires {ExpiresAt}) instead of minting one.")]
    public static partial void TokenAdoptedFromStore(ILogger logger, string account, DateTimeOffset? expiresAt);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Retrying {Endpoint} (attempt {Attempt}) in {DelayMilliseconds} ms after {Outcome}.")]
    public static partial void Retrying(ILogger logger, string endpoint, int attempt, double delayMilliseconds, string outcome);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "{Endpoint} timed out after {TimeoutMilliseconds} ms.")]
    public static partial void AttemptTimedOut(ILogger logger, string endpoint, double timeoutMilliseconds);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug, Message = "{Broker} account '{Account}': {Method} {Endpoint} answered HTTP {StatusCode} after {Attempts} attempt(s) in {ElapsedMilliseconds:0} ms, {RateLimitWaitMilliseconds:0} ms of it waiting for rate-limit permits (request id {RequestId}).")]
    public static partial void ResponseReceived(ILogger logger, string broker, string account, string method, string endpoint, int statusCode, int attempts, double elapsedMilliseconds, double rateLimitWaitMilliseconds, string requestId);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "{Broker} order write {Endpoint} with client reference {ClientReference} has an unknown outcome: {Reason}")]
    public static partial void OrderOutcomeUnknown(ILogger logger, string broker, string endpoint, string clientReference, string reason);
}
