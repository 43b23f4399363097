namespace Broker.Sandbox;

/// <summary>A demat holding: settled shares plus today's delivery buys (T1).</summary>
/// <param name="TradingSymbol">The instrument's trading symbol.</param>
/// <param name="Quantity">Total shares, settled and T1.</param>
/// <param name="T1Quantity">Shares bought today, not yet settled.</param>
/// <param name="AveragePrice">Average buy price.</param>
public sealed record SandboxHolding(string TradingSymbol, long Quantity, long T1Quantity, decimal AveragePrice);
