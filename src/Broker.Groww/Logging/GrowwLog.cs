using Microsoft.Extensions.Logging;

namespace Broker.Groww.Logging;

/// <summary>The Groww package's log lines (event ids 4000–4999). No method takes a secret.</summary>
internal static partial class GrowwLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Requesting a Groww access token by the {Flow} flow.")]
    public static partial void MintingToken(ILogger logger, string flow);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Groww order with reference {OrderReferenceId} already exists ({Reason}); returning the existing order {GrowwOrderId} instead of placing another.")]
    public static partial void OrderAlreadyPlaced(ILogger logger, string orderReferenceId, string reason, string? growwOrderId);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Reconciling Groww order reference {OrderReferenceId} after an unknown outcome: no order found, placing it now.")]
    public static partial void ReconciledNotFound(ILogger logger, string orderReferenceId);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Debug, Message = "Groww live data for {Count} instruments is split into {Calls} calls of at most {BatchSize}.")]
    public static partial void LiveDataBatched(ILogger logger, int count, int calls, int batchSize);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Debug, Message = "Placing Groww order {OrderReferenceId} ({TransactionType} {Quantity} {TradingSymbol}, {OrderType}).")]
    public static partial void PlacingOrder(ILogger logger, string orderReferenceId, string transactionType, long quantity, string tradingSymbol, string orderType);
}
