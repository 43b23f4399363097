namespace Broker.Sandbox.Engine;

internal enum SimOrderType
{
    Market,
    Limit,
    StopLoss,
    StopLossMarket,
}
