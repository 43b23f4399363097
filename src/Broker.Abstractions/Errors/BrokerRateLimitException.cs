namespace Broker.Errors;

/// <summary>
/// A request was refused because of a rate limit: either the SDK's own limiter (in
/// <see cref="RateLimiting.RateLimitBehavior.Fail"/> mode, or after the maximum wait) or the broker (HTTP 429,
/// Dhan DH-904 or 805). Nothing was executed at the broker for this request.
/// </summary>
public class BrokerRateLimitException : BrokerApiException
{
    /// <summary>Creates a rate-limit exception.</summary>
    /// <param name="message">Which limit was hit and when a permit frees.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    public BrokerRateLimitException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Category = ErrorCategory.RateLimit;
        IsTransient = true;
    }

    /// <summary>How long until a request of this category may go out, when known.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The rate-limit category that was exhausted, such as <c>Orders</c>.</summary>
    public string? RateLimitCategory { get; init; }

    /// <summary><see langword="true"/> when the SDK's own limiter refused and nothing was sent to the broker.</summary>
    public bool IsClientSide { get; init; }
}
