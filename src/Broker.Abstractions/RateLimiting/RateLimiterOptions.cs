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
