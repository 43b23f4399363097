namespace Broker.Sandbox.Engine;

internal sealed record Candle(DateTimeOffset Start, decimal Open, decimal High, decimal Low, decimal Close, long Volume);
