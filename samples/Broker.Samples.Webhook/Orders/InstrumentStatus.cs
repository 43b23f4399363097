namespace Broker.Samples.Webhook.Orders;

/// <summary>The state of the broker's instrument master, for <c>/ready</c>.</summary>
/// <param name="Loaded">Whether a master is loaded.</param>
/// <param name="LoadedAt">When it was loaded (IST).</param>
/// <param name="Count">How many instruments it lists.</param>
/// <param name="Stale">Whether it predates the latest trading-day rollover.</param>
internal sealed record InstrumentStatus(bool Loaded, DateTimeOffset? LoadedAt, int Count, bool Stale);
