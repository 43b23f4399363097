using Microsoft.Extensions.Logging;

namespace Broker.Instruments;

/// <summary>Instrument catalogue log lines (event ids 3100–3199, within the shared machinery's range).</summary>
internal static partial class InstrumentLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Loaded {Count} {Broker} instruments from {Source} in {ElapsedMilliseconds} ms.")]
    public static partial void Loaded(ILogger logger, int count, string broker, string source, double elapsedMilliseconds);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Refreshing the {Broker} instrument master failed; look-ups keep using the master loaded at {LoadedAt}. Next attempt at {NextAttempt}.")]
    public static partial void RefreshFailed(ILogger logger, Exception exception, string broker, DateTimeOffset loadedAt, DateTimeOffset nextAttempt);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "The {Broker} instrument cache file {Path} could not be used: {Reason}")]
    public static partial void CacheUnusable(ILogger logger, string broker, string path, string reason);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Information, Message = "Restored {Count} {Broker} instruments from the cache file {Path} (loaded at {LoadedAt}).")]
    public static partial void Restored(ILogger logger, int count, string broker, string path, DateTimeOffset loadedAt);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Warning, Message = "The {Broker} instrument master is stale (loaded at {LoadedAt}) and could not be refreshed; using it anyway.")]
    public static partial void UsingStale(ILogger logger, Exception exception, string broker, DateTimeOffset loadedAt);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Debug, Message = "Next {Broker} instrument refresh scheduled at {DueAt}.")]
    public static partial void RefreshScheduled(ILogger logger, string broker, DateTimeOffset dueAt);
}
