namespace Broker.Sandbox;

/// <summary>A fill.</summary>
/// <param name="TradeId">The sandbox's trade id.</param>
/// <param name="ExchangeTradeId">The simulated exchange trade id.</param>
/// <param name="OrderId">The order it filled.</param>
/// <param name="TradingSymbol">The instrument's trading symbol.</param>
/// <param name="TransactionType"><c>BUY</c> or <c>SELL</c>.</param>
/// <param name="Quantity">The quantity filled.</param>
/// <param name="Price">The fill price.</param>
/// <param name="Time">When, by the server clock.</param>
public sealed record SandboxTrade(
    string TradeId,
    string ExchangeTradeId,
    string OrderId,
    string TradingSymbol,
    string TransactionType,
    long Quantity,
    decimal Price,
    DateTimeOffset Time);
