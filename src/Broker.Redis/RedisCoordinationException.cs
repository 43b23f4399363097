using Broker.Errors;

namespace Broker.Redis;

/// <summary>
/// Redis, which an account's processes share their limits and tokens through, could not be reached or answered in a
/// way that cannot be used (a stored token that does not decrypt with the configured key). Nothing was sent to the
/// broker because of the failed step.
/// </summary>
public sealed class RedisCoordinationException : BrokerException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed and what to check.</param>
    /// <param name="innerException">The Redis client's exception, if any.</param>
    public RedisCoordinationException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Category = ErrorCategory.Network;
        IsTransient = true;
    }
}
