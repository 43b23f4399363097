namespace Broker.Samples.Webhook.Risk;

/// <summary>A broken risk limit: its name (as answered in <c>"limit"</c>) and why, in words.</summary>
/// <param name="Limit">The limit: <c>max_quantity</c>, <c>max_lots</c>, <c>max_order_value</c>, <c>max_orders_per_day</c> or <c>max_turnover_per_day</c>.</param>
/// <param name="Message">What was ordered against what is allowed, and the setting to change.</param>
internal sealed record RiskRefusal(string Limit, string Message);
