using Microsoft.Extensions.Logging;

namespace Broker.Dhan.Logging;

/// <summary>The Dhan package's log events (ids 5000–5999). No event carries a credential or a URL with a query string.</summary>
internal static partial class DhanLog
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Debug, Message = "Dhan option-chain request {RequestKey} held back {DelayMilliseconds} ms (one identical request per interval)")]
    public static partial void OptionChainHeldBack(ILogger logger, string requestKey, double delayMilliseconds);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Debug, Message = "Dhan {Endpoint}: {InstrumentCount} instruments split into {CallCount} calls")]
    public static partial void QuoteSplit(ILogger logger, string endpoint, int instrumentCount, int callCount);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Debug, Message = "Dhan {Endpoint}: range split into {CallCount} calls of at most {MaxDays} days")]
    public static partial void RangeSplit(ILogger logger, string endpoint, int callCount, int maxDays);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Dhan order {OrderId} has used all {MaxModifications} modifications; the next one was refused locally")]
    public static partial void ModificationLimitReached(ILogger logger, string orderId, int maxModifications);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "Dhan order with correlation id {CorrelationId} already exists as {OrderId} ({OrderStatus}); not placed again")]
    public static partial void AlreadyPlaced(ILogger logger, string correlationId, string? orderId, string? orderStatus);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Debug, Message = "Dhan answered DH-1111 (no holdings); returning an empty list")]
    public static partial void NoHoldings(ILogger logger);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Information, Message = "Order with correlation id {CorrelationId} not visible yet after an unknown outcome; looking again for up to {RemainingMilliseconds} ms before placing it.")]
    public static partial void WaitingForOrderToSettle(ILogger logger, string correlationId, double remainingMilliseconds);
}
