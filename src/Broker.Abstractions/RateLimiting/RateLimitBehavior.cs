namespace Broker.RateLimiting;

/// <summary>What the SDK does when a request would exceed a rate limit.</summary>
public enum RateLimitBehavior
{
    /// <summary>Wait for a permit (the default), honouring the caller's cancellation and the optional maximum wait.</summary>
    Wait = 0,

    /// <summary>Throw <see cref="Errors.BrokerRateLimitException"/> at once, saying when a permit frees.</summary>
    Fail,
}
