namespace Broker.Sandbox;

/// <summary>
/// An account's cash: <see cref="Available"/> = opening balance + realized profit − margin blocked by open orders −
/// margin used by positions. Delivery sells free no cash until settlement (not simulated).
/// </summary>
/// <param name="OpeningBalance">The configured opening balance.</param>
/// <param name="Available">Cash available for new orders.</param>
/// <param name="BlockedByOrders">Margin blocked by open orders.</param>
/// <param name="UsedByPositions">Margin used by open positions.</param>
/// <param name="RealizedProfit">Profit booked today.</param>
public sealed record SandboxFunds(decimal OpeningBalance, decimal Available, decimal BlockedByOrders, decimal UsedByPositions, decimal RealizedProfit);
