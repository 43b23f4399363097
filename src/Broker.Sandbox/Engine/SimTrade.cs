namespace Broker.Sandbox.Engine;

internal sealed record SimTrade(string TradeId, string ExchangeTradeId, SimOrder Order, long Quantity, decimal Price, DateTimeOffset Time);
