using Broker.RateLimiting;

namespace Broker.Groww;

/// <summary>
/// The client-side rate limits of each Groww rate-limit type, written as comma-separated <c>count/unit</c> windows
/// (<c>"15/s, 250/min"</c>; units ms, s, min, h, day). Every window of a type applies at once, as a sliding window.
/// </summary>
/// <remarks>
/// The defaults are Groww's published table, which now gives Orders 10 per second. The design's original 15 per second
/// is one line away if Groww confirms it for your account: <c>Orders = "15/s, 250/min"</c> (configuration:
/// <c>Groww:RateLimits:Orders</c>, environment variable <c>Groww__RateLimits__Orders</c>). Measured against a server
/// enforcing 10/s, a 15/s setting had about a third of the orders in a burst refused with 429 before the limiter's
/// slow-down caught up, so raise it only with evidence.
/// </remarks>
public sealed class GrowwRateLimitOptions
{
    /// <summary>
    /// Order create, modify and cancel, and smart-order writes. Default <c>10/s, 250/min</c> (Groww's current table). It
    /// must list at least one window unless <see cref="Broker.DependencyInjection.BrokerClientOptions.EnableRateLimiting"/>
    /// is turned off.
    /// </summary>
    public string Orders { get; set; } = "10/s, 250/min";

    /// <summary>Quote, LTP, OHLC, option chain and greeks. Default <c>10/s, 300/min</c>.</summary>
    public string LiveData { get; set; } = "10/s, 300/min";

    /// <summary>Order status, lists, trades, positions, holdings, margins, smart-order reads, user profile. Default <c>20/s, 500/min</c>.</summary>
    public string NonTrading { get; set; } = "20/s, 500/min";

    /// <summary>
    /// Historical candles, expiries and contracts, which Groww's table does not list. Default <c>1/s</c>, a conservative
    /// pace (bursts of about ten have been refused with 429).
    /// </summary>
    public string Historical { get; set; } = "1/s";

    /// <summary>
    /// The access-token mint. Default <c>5/s, 30/min, 150/day</c>, from a newer revision of Groww's docs; tokens are
    /// cached, so the SDK mints about once a day.
    /// </summary>
    public string Authentication { get; set; } = "5/s, 30/min, 150/day";

    /// <summary>Every category with its option name and text.</summary>
    internal IEnumerable<(RateLimitCategory Category, string OptionName, string? Text)> Windows() =>
    [
        (GrowwRateLimitCategories.Orders, nameof(Orders), Orders),
        (GrowwRateLimitCategories.LiveData, nameof(LiveData), LiveData),
        (GrowwRateLimitCategories.NonTrading, nameof(NonTrading), NonTrading),
        (GrowwRateLimitCategories.Historical, nameof(Historical), Historical),
        (GrowwRateLimitCategories.Authentication, nameof(Authentication), Authentication),
    ];

    /// <summary>Copies every value into another instance.</summary>
    /// <param name="target">The instance to fill.</param>
    internal void CopyTo(GrowwRateLimitOptions target)
    {
        target.Orders = Orders;
        target.LiveData = LiveData;
        target.NonTrading = NonTrading;
        target.Historical = Historical;
        target.Authentication = Authentication;
    }
}
