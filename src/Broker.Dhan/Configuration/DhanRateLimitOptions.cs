using Broker.RateLimiting;

namespace Broker.Dhan;

/// <summary>
/// Dhan's documented rate limits, per class, written as comma-separated <c>count/unit</c> windows
/// (<c>"10/s, 250/min, 1000/h, 7000/day"</c>; units ms, s, min, h, day), the same form as Groww's. Every window of a
/// class applies at once, as a sliding window. Change them here when Dhan changes its limits (it lowered order limits
/// from 25/s to 10/s in 2025): configuration <c>Dhan:RateLimits:Order</c>, environment variable
/// <c>Dhan__RateLimits__Order</c>.
/// </summary>
public sealed class DhanRateLimitOptions
{
    /// <summary>
    /// Order APIs. Default <c>10/s, 250/min, 1000/h, 7000/day</c>. It must list at least one window unless
    /// <see cref="Broker.DependencyInjection.BrokerClientOptions.EnableRateLimiting"/> is turned off.
    /// </summary>
    public string Order { get; set; } = "10/s, 250/min, 1000/h, 7000/day";

    /// <summary>Data APIs (charts, option chain). Default <c>5/s, 100000/day</c>.</summary>
    public string Data { get; set; } = "5/s, 100000/day";

    /// <summary>Quote APIs (LTP, OHLC, full quote together). Default <c>1/s</c>.</summary>
    public string Quote { get; set; } = "1/s";

    /// <summary>Non-trading APIs (books, portfolio, funds, statements, settings). Default <c>20/s</c>.</summary>
    public string NonTrading { get; set; } = "20/s";

    /// <summary>Every class with its option name and text.</summary>
    internal IEnumerable<(RateLimitCategory Category, string OptionName, string? Text)> Windows() =>
    [
        (DhanRateLimitCategories.Order, nameof(Order), Order),
        (DhanRateLimitCategories.Data, nameof(Data), Data),
        (DhanRateLimitCategories.Quote, nameof(Quote), Quote),
        (DhanRateLimitCategories.NonTrading, nameof(NonTrading), NonTrading),
    ];

    /// <summary>The shortest time between two identical option-chain (or expiry-list) requests. Default 3 s.</summary>
    public TimeSpan OptionChainUniqueRequestInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The most modifications Dhan accepts per order; the next one is refused locally. Default 25.</summary>
    public int MaxModificationsPerOrder { get; set; } = 25;

    /// <summary>Copies every value into another instance.</summary>
    /// <param name="target">The instance to fill.</param>
    internal void CopyTo(DhanRateLimitOptions target)
    {
        target.Order = Order;
        target.Data = Data;
        target.Quote = Quote;
        target.NonTrading = NonTrading;
        target.OptionChainUniqueRequestInterval = OptionChainUniqueRequestInterval;
        target.MaxModificationsPerOrder = MaxModificationsPerOrder;
    }
}
