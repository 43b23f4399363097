using Microsoft.Extensions.Logging;

namespace Broker.Redis;

/// <summary>The package's log messages. None carries a token, a key or the Redis password.</summary>
internal static partial class RedisLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Error, Message = "Redis is unreachable ({Failure}); shared rate limits for {Account} fail closed: nothing is sent until it answers again.")]
    public static partial void LostFailClosed(ILogger logger, string account, string failure);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Redis is unreachable ({Failure}); {Account} falls back to a local limiter at {SharePercent:0}% of each limit.")]
    public static partial void LostFallback(ILogger logger, string account, string failure, double sharePercent);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Redis answers again; {Account} shares its rate limits through it again.")]
    public static partial void Recovered(ILogger logger, string account);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Warning, Message = "Could not report a finished request of {Category} to Redis ({Failure}); its permit counts until its lease expires.")]
    public static partial void CompletionFailed(ILogger logger, string category, string failure);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "Redis is unreachable ({Failure}); {Account} mints without the shared lock (local fallback).")]
    public static partial void MintWithoutLock(ILogger logger, string account, string failure);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Warning, Message = "Could not write the access token of {Account} to Redis ({Failure}); this process keeps it in memory.")]
    public static partial void TokenWriteFailed(ILogger logger, string account, string failure);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Warning, Message = "The access token minted by this process for {Account} was not stored: another process took the mint lock after this one's expired and stored a later token.")]
    public static partial void TokenWriteSuperseded(ILogger logger, string account);

    [LoggerMessage(EventId = 7008, Level = LogLevel.Warning, Message = "Could not release the mint lock of {Account} ({Failure}); it expires by itself.")]
    public static partial void LockReleaseFailed(ILogger logger, string account, string failure);
}
