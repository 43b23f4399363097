using Broker.RateLimiting;

namespace Broker.Dhan;

/// <summary>
/// Dhan's documented rate limits, per class. Every window of a class applies at once. Change them here when Dhan
/// changes its limits (it lowered order limits from 25/s to 10/s in 2025).
/// </summary>
public sealed class DhanRateLimitOptions
{
    /// <summary>Order APIs: default 10/s, 250/min, 1000/h, 7000/day.</summary>
    public IList<RateLimitWindow> Order { get; set; } = [new(10, TimeSpan.FromSeconds(1)), new(250, TimeSpan.FromMinutes(1)), new(1000, TimeSpan.FromHours(1)), new(7000, TimeSpan.FromDays(1))];

    /// <summary>Data APIs (charts, option chain): default 5/s and 100000/day.</summary>
    public IList<RateLimitWindow> Data { get; set; } = [new(5, TimeSpan.FromSeconds(1)), new(100_000, TimeSpan.FromDays(1))];

    /// <summary>Quote APIs (LTP, OHLC, full quote together): default 1/s.</summary>
    public IList<RateLimitWindow> Quote { get; set; } = [new(1, TimeSpan.FromSeconds(1))];

    /// <summary>Non-trading APIs (books, portfolio, funds, statements, settings): default 20/s.</summary>
    public IList<RateLimitWindow> NonTrading { get; set; } = [new(20, TimeSpan.FromSeconds(1))];

    /// <summary>The shortest time between two identical option-chain (or expiry-list) requests. Default 3 s.</summary>
    public TimeSpan OptionChainUniqueRequestInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The most modifications Dhan accepts per order; the next one is refused locally. Default 25.</summary>
    public int MaxModificationsPerOrder { get; set; } = 25;
}
