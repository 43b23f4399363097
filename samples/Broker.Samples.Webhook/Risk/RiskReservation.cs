namespace Broker.Samples.Webhook.Risk;

/// <summary>An order's share of a symbol's daily caps, taken when it passed the checks; given back if it is not placed.</summary>
/// <param name="Key">The symbol and IST day.</param>
/// <param name="Value">The order value counted.</param>
internal sealed record RiskReservation(string Key, decimal Value);
