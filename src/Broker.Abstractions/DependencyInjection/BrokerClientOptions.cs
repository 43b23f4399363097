using Broker.RateLimiting;
using Broker.Resilience;

namespace Broker.DependencyInjection;

/// <summary>
/// Settings every broker client shares. The Groww and Dhan options derive from this and add credentials,
/// endpoints and their documented rate limits.
/// </summary>
public abstract class BrokerClientOptions
{
    /// <summary>The longest one attempt on the wire may take, from sending to the last byte of the answer. Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How idempotent reads are retried. Order writes are never retried.</summary>
    public RetryOptions Retry { get; set; } = new();

    /// <summary>Wait for a rate-limit permit (default) or fail at once with a rate-limit exception.</summary>
    public RateLimitBehavior RateLimitBehavior { get; set; } = RateLimitBehavior.Wait;

    /// <summary>The longest a request waits for a rate-limit permit; <see langword="null"/> (default) waits as long as needed.</summary>
    public TimeSpan? MaxRateLimitWait { get; set; }

    /// <summary>How long a category pauses after a broker 429 without Retry-After. Default one second.</summary>
    public TimeSpan ServerThrottlePause { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Extra time added to every rate-limit window to absorb network jitter. Default 10 ms.</summary>
    public TimeSpan RateLimitSafetyMargin { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Set to <see langword="false"/> to turn the client-side rate limiter off (not recommended).</summary>
    public bool EnableRateLimiting { get; set; } = true;

    /// <summary>How long before a token's expiry it is renewed. Default 5 minutes.</summary>
    public TimeSpan TokenRenewBeforeExpiry { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Builds the limiter settings from these options and the broker's category windows.</summary>
    /// <param name="categories">The windows of each category.</param>
    /// <returns>The limiter options.</returns>
    public RateLimiterOptions CreateRateLimiterOptions(IEnumerable<KeyValuePair<RateLimitCategory, IReadOnlyList<RateLimitWindow>>> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var options = new RateLimiterOptions
        {
            Enabled = EnableRateLimiting,
            Behavior = RateLimitBehavior,
            MaxWait = MaxRateLimitWait,
            DefaultServerPause = ServerThrottlePause,
            WindowSafetyMargin = RateLimitSafetyMargin,
        };
        foreach (var (category, windows) in categories)
        {
            options.SetCategory(category, [.. windows]);
        }

        return options;
    }
}
