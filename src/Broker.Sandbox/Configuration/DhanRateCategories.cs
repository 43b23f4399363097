namespace Broker.Sandbox;

/// <summary>The Dhan rate-limit categories the sandbox uses as keys of <see cref="DhanSandboxOptions.RateLimits"/> and in <see cref="SandboxRequest.Category"/>.</summary>
public static class DhanRateCategories
{
    /// <summary>Order writes: place, modify, cancel.</summary>
    public const string Order = "Order";

    /// <summary>Historical charts and <c>/v2/instrument/{exchangeSegment}</c>.</summary>
    public const string Data = "Data";

    /// <summary>Market quote: <c>/marketfeed/ltp</c>, <c>/ohlc</c>, <c>/quote</c>.</summary>
    public const string Quote = "Quote";

    /// <summary>Everything else on the API host: books, positions, holdings, funds, profile, RenewToken.</summary>
    public const string NonTrading = "NonTrading";

    /// <summary>The scrip-master CSV downloads (not limited by default).</summary>
    public const string Instruments = "Instruments";

    /// <summary>The auth host (<c>generateAccessToken</c>, consent); no documented limit.</summary>
    public const string Auth = "Auth";
}
