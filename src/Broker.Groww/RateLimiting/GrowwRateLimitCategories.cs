using Broker.RateLimiting;

namespace Broker.Groww;

/// <summary>
/// Groww's rate-limit types. Groww applies limits per type, not per endpoint: exhausting one endpoint throttles
/// every endpoint of its type. The windows of each type are set in <see cref="GrowwRateLimitOptions"/>.
/// </summary>
public static class GrowwRateLimitCategories
{
    /// <summary>"Orders": create, modify and cancel orders; the SDK also counts smart-order writes here.</summary>
    public static readonly RateLimitCategory Orders = new("Orders");

    /// <summary>"Live Data": quote, LTP, OHLC; the SDK also counts option chain and greeks here.</summary>
    public static readonly RateLimitCategory LiveData = new("LiveData");

    /// <summary>"Non Trading": order status, lists, trades, positions, holdings, margins; also smart-order reads and the user profile.</summary>
    public static readonly RateLimitCategory NonTrading = new("NonTrading");

    /// <summary>
    /// Historical candles, expiries and contracts. Groww does not list these in its rate-limit table; bursts of about
    /// ten requests have been refused with 429, so the SDK gives them their own conservative category.
    /// </summary>
    public static readonly RateLimitCategory Historical = new("Historical");

    /// <summary>The access-token mint (<c>POST /v1/token/api/access</c>).</summary>
    public static readonly RateLimitCategory Authentication = new("Authentication");
}
