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

    /// <summary>
    /// How long before a token's expiry it is renewed in the background (the token keeps serving meanwhile; at most
    /// once per expiry). Default 5 minutes.
    /// </summary>
    public TimeSpan TokenRenewBeforeExpiry { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The largest REST answer accepted, in bytes after decompression. A larger answer (or a compression bomb) ends the
    /// attempt with an invalid-response error (for an order write: outcome unknown) without reading it all. Default
    /// 16 MiB; the instrument masters have their own, larger cap.
    /// </summary>
    public long MaxResponseBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// The longest a broker's throttle (HTTP 429 with a Retry-After) may pause a rate-limit category or delay a retry,
    /// whatever value the broker sends. Default one minute.
    /// </summary>
    public TimeSpan MaxServerPause { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The largest quantity one order may have; a larger one is refused before anything is sent (a fat-finger guard,
    /// not a risk system). Default 1,000,000.
    /// </summary>
    public long MaxOrderQuantity { get; set; } = 1_000_000;

    /// <summary>The highest price (limit or trigger) an order may carry, in rupees. Default ₹1,00,00,000 (one crore).</summary>
    public decimal MaxOrderPrice { get; set; } = 10_000_000m;

    /// <summary>
    /// The secrets set in these options (keys, secrets, PINs, tokens), removed from every exception message, snippet and
    /// log line. Broker options list theirs.
    /// </summary>
    /// <returns>The secrets; empty entries are ignored.</returns>
    protected internal virtual IEnumerable<string?> GetSecrets() => [];

    /// <summary>Copies the settings every broker shares into another instance (for the clients' <c>Create</c> methods).</summary>
    /// <param name="target">The instance to fill.</param>
    protected void CopyCommonTo(BrokerClientOptions target)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.RequestTimeout = RequestTimeout;
        target.Retry = new RetryOptions
        {
            MaxRetryAttempts = Retry.MaxRetryAttempts,
            BaseDelay = Retry.BaseDelay,
            MaxDelay = Retry.MaxDelay,
            UseJitter = Retry.UseJitter,
        };
        target.RateLimitBehavior = RateLimitBehavior;
        target.MaxRateLimitWait = MaxRateLimitWait;
        target.ServerThrottlePause = ServerThrottlePause;
        target.RateLimitSafetyMargin = RateLimitSafetyMargin;
        target.EnableRateLimiting = EnableRateLimiting;
        target.TokenRenewBeforeExpiry = TokenRenewBeforeExpiry;
        target.MaxResponseBytes = MaxResponseBytes;
        target.MaxServerPause = MaxServerPause;
        target.MaxOrderQuantity = MaxOrderQuantity;
        target.MaxOrderPrice = MaxOrderPrice;
    }

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
            MaxServerPause = MaxServerPause,
            WindowSafetyMargin = RateLimitSafetyMargin,
        };
        foreach (var (category, windows) in categories)
        {
            options.SetCategory(category, [.. windows]);
        }

        return options;
    }
}
