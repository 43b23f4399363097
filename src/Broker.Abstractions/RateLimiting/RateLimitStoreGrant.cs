namespace Broker.RateLimiting;

/// <summary>What an <see cref="IRateLimitStore"/> answered to a request for one permit.</summary>
public sealed class RateLimitStoreGrant
{
    private RateLimitStoreGrant(bool isGranted, TimeSpan retryAfter, IDisposable? completion)
    {
        IsGranted = isGranted;
        RetryAfter = retryAfter;
        Completion = completion;
    }

    /// <summary>Whether the permit was taken.</summary>
    public bool IsGranted { get; }

    /// <summary>When refused: how long until a permit may be free (the limiter asks again then).</summary>
    public TimeSpan RetryAfter { get; }

    /// <summary>When a lease was granted: dispose it when the response has arrived, to start the permit's last window.</summary>
    public IDisposable? Completion { get; }

    /// <summary>A granted permit.</summary>
    /// <param name="completion">Ends the lease (for a lease); <see langword="null"/> when the permit was logged at once.</param>
    /// <returns>The grant.</returns>
    public static RateLimitStoreGrant Granted(IDisposable? completion) => new(true, TimeSpan.Zero, completion);

    /// <summary>A refusal.</summary>
    /// <param name="retryAfter">How long until a permit may be free; negative values count as zero.</param>
    /// <returns>The refusal.</returns>
    public static RateLimitStoreGrant Refused(TimeSpan retryAfter) => new(false, retryAfter < TimeSpan.Zero ? TimeSpan.Zero : retryAfter, null);
}
