namespace Broker.Resilience;

/// <summary>
/// How idempotent requests (reads) are retried on transient failures: connection errors, timeouts, HTTP
/// 502/503/504 and 429. Order writes are never retried, whatever these say.
/// </summary>
public sealed class RetryOptions
{
    /// <summary>Retries after the first attempt; 0 disables retries. Default 3.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The delay before the first retry; later retries double it. Default 500 ms.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest delay between attempts, including a broker's Retry-After. Default 10 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Randomise delays so many clients do not retry in step. Default on.</summary>
    public bool UseJitter { get; set; } = true;
}
