namespace Broker.RateLimiting;

/// <summary>The limits and behaviour of one account's <see cref="BrokerRateLimiter"/>.</summary>
public sealed class RateLimiterOptions
{
    /// <summary>Set to <see langword="false"/> to disable client-side limiting (server 429s still pause categories).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The windows of each category, by category name (case-insensitive). Every window of a category applies at once.
    /// A category that is not listed is not limited.
    /// </summary>
    public IDictionary<string, IList<RateLimitWindow>> Categories { get; } =
        new Dictionary<string, IList<RateLimitWindow>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Wait for a permit (default) or fail at once.</summary>
    public RateLimitBehavior Behavior { get; set; } = RateLimitBehavior.Wait;

    /// <summary>The longest a request waits for a permit before failing with a rate-limit exception; <see langword="null"/> for no limit.</summary>
    public TimeSpan? MaxWait { get; set; }

    /// <summary>How long a category pauses after a broker 429 that carries no Retry-After. Default one second.</summary>
    public TimeSpan DefaultServerPause { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Extra time added to every window, so that small differences between when the SDK sends and when the broker
    /// counts (network jitter) cannot put one request too many into the broker's window. Default 10 ms.
    /// </summary>
    public TimeSpan WindowSafetyMargin { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// The longest a broker's throttle may pause a category, whatever its Retry-After says (0, negative, garbage,
    /// 10^9 seconds or a date in 2099 all end within this). Default one minute.
    /// </summary>
    public TimeSpan MaxServerPause { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// What a category's limits are multiplied by each time the broker throttles it (at most once per shortest window),
    /// so a limit set above the broker's converges. Default 0.75.
    /// </summary>
    public double ThrottleSlowdownFactor { get; set; } = 0.75;

    /// <summary>The lowest share of its configured limits a throttled category slows down to. Default 0.25.</summary>
    public double MinimumThrottledShare { get; set; } = 0.25;

    /// <summary>
    /// How long a slowed-down category must go without a throttle before its limits rise one step back towards the
    /// configured values. Default one minute.
    /// </summary>
    public TimeSpan ThrottleRecoveryInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Waits longer than this are logged. Default one second.</summary>
    public TimeSpan WaitLogThreshold { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Sets the windows of a category, replacing any it had.</summary>
    /// <param name="category">The category.</param>
    /// <param name="windows">Its windows.</param>
    /// <returns>These options.</returns>
    public RateLimiterOptions SetCategory(RateLimitCategory category, params RateLimitWindow[] windows)
    {
        Categories[category.Name] = [.. windows];
        return this;
    }
}
