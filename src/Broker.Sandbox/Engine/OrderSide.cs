namespace Broker.Sandbox.Engine;

internal enum OrderSide
{
    Buy,
    Sell,
}
