using Broker.RateLimiting;

namespace Broker.Dhan;

/// <summary>
/// Dhan's four rate-limit classes. The docs name them but never map endpoints to them; the SDK follows the mapping
/// recommended in the research spec (§8.2): order writes are Order, charts and option chain are Data,
/// <c>/marketfeed/*</c> is Quote, everything else is NonTrading. Auth-host calls are not limited.
/// </summary>
public static class DhanRateLimitCategories
{
    /// <summary>Order placement, modification and cancellation (10/s, 250/min, 1000/h, 7000/day).</summary>
    public static readonly RateLimitCategory Order = new("Order");

    /// <summary>Historical charts and option chain (5/s, 100000/day).</summary>
    public static readonly RateLimitCategory Data = new("Data");

    /// <summary>Market quote snapshots (1/s, shared by LTP, OHLC and full quote).</summary>
    public static readonly RateLimitCategory Quote = new("Quote");

    /// <summary>Books, portfolio, funds, statements, settings (20/s).</summary>
    public static readonly RateLimitCategory NonTrading = new("NonTrading");

    /// <summary>Token minting on the auth host (not limited by Dhan's documented classes).</summary>
    public static readonly RateLimitCategory Auth = RateLimitCategory.Unlimited;
}
