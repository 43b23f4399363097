namespace Broker.Sandbox;

/// <summary>The Groww rate-limit categories the sandbox uses as keys of <see cref="GrowwSandboxOptions.RateLimits"/> and in <see cref="SandboxRequest.Category"/>.</summary>
public static class GrowwRateCategories
{
    /// <summary>Order create, modify and cancel.</summary>
    public const string Orders = "Orders";

    /// <summary>Quote, LTP and OHLC, and (as the SDK's client counts them) the option chain and greeks.</summary>
    public const string LiveData = "LiveData";

    /// <summary>Order status, lists, trades, positions, holdings, margin and (by the sandbox's choice) the user profile.</summary>
    public const string NonTrading = "NonTrading";

    /// <summary>
    /// Historical candles, expiries and contracts. Groww lists no category for them; not limited by default (bursts of
    /// about ten candle requests were seen refused, so a client should pace them anyway).
    /// </summary>
    public const string Historical = "Historical";

    /// <summary>The instrument-master download (not limited by default).</summary>
    public const string Instruments = "Instruments";

    /// <summary>The access-token mint.</summary>
    public const string Authentication = "Authentication";
}
