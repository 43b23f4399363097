namespace Broker.Redis;

/// <summary>What an account's clients do while Redis cannot be reached (after it was reached at start).</summary>
public enum RedisFailureMode
{
    /// <summary>
    /// The default, and the safe choice for orders: a request that needs a rate-limit permit fails at once with a
    /// client-side <see cref="Errors.BrokerRateLimitException"/> ("nothing was sent"), and no token is minted, until
    /// Redis answers again. Nothing goes to the broker that the shared limits have not counted.
    /// </summary>
    FailClosed = 0,

    /// <summary>
    /// Each process falls back to a limiter of its own running at <see cref="RedisBrokerOptions.LocalFallbackShare"/>
    /// of each configured limit (choose it so that all processes together stay within the limit: at most 1 / the
    /// number of processes), and mints without the shared lock. Requests keep flowing at a reduced rate.
    /// </summary>
    LocalFallback,
}
