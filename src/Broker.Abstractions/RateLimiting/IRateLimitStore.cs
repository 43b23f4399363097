namespace Broker.RateLimiting;

/// <summary>
/// Where an account's rate-limit windows are kept when several processes (or machines) trade on one account and
/// must share its limits. <see cref="BrokerRateLimiter"/> keeps them in its own memory unless one is set
/// (<see cref="BrokerRateLimiter.SharedStore"/>); the Broker.Redis package provides one on Redis.
/// </summary>
/// <remarks>
/// The limiter still queues its own callers (first come, first served within the process) and asks the store for one
/// permit at a time, for the caller at the head of its queue; the store decides atomically for every process, across
/// every window of the category at once, with the same sliding-log rule as in process: at most N permits in any
/// interval of length W (plus <see cref="RateLimiterOptions.WindowSafetyMargin"/>), a leased permit counting from its
/// grant until one window after its completion. When the store cannot be reached it throws a
/// <see cref="Errors.BrokerException"/> (the limiter sends nothing) or answers from a local fallback of its own.
/// </remarks>
public interface IRateLimitStore
{
    /// <summary>Takes one permit of <paramref name="category"/> now if every window of it has room, or says how long until one may.</summary>
    /// <param name="category">The category; it has at least one window in <paramref name="options"/>.</param>
    /// <param name="options">The limits (<see cref="RateLimiterOptions.Categories"/>), the safety margin and the throttle slow-down settings.</param>
    /// <param name="lease">
    /// <see langword="true"/> to hold the permit until <see cref="RateLimitStoreGrant.Completion"/> is disposed (then it
    /// counts for one window more); <see langword="false"/> to log it now.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The grant, or the refusal with the time until a permit may be free.</returns>
    /// <exception cref="Errors.BrokerException">The store cannot be reached and has no fallback: nothing may be sent.</exception>
    ValueTask<RateLimitStoreGrant> TryAcquireAsync(RateLimitCategory category, RateLimiterOptions options, bool lease, CancellationToken cancellationToken);

    /// <summary>
    /// Records that the broker throttled a request of <paramref name="category"/>: every process pauses the category
    /// for <paramref name="pause"/> (already clamped to <see cref="RateLimiterOptions.MaxServerPause"/>) and, when
    /// <paramref name="slowDown"/> is set, lowers its limits as <see cref="BrokerRateLimiter.OnServerThrottled"/> describes.
    /// </summary>
    /// <param name="category">The category.</param>
    /// <param name="pause">How long every process pauses it.</param>
    /// <param name="slowDown">Whether to lower the category's share of its limits too.</param>
    /// <param name="options">The slow-down settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when recorded.</returns>
    ValueTask PauseAsync(RateLimitCategory category, TimeSpan pause, bool slowDown, RateLimiterOptions options, CancellationToken cancellationToken);
}
