namespace Broker.Errors;

/// <summary>
/// The broker did not answer within the configured per-attempt timeout. The message names the endpoint and the
/// timeout. For order writes the SDK wraps this in <see cref="OrderOutcomeUnknownException"/>.
/// </summary>
public class BrokerTimeoutException : BrokerTransportException
{
    /// <summary>Creates a timeout exception.</summary>
    /// <param name="message">Which endpoint timed out and after how long.</param>
    /// <param name="timeout">The configured timeout that elapsed.</param>
    /// <param name="innerException">The underlying cancellation, if any.</param>
    public BrokerTimeoutException(string message, TimeSpan timeout, Exception? innerException = null)
        : base(message, innerException)
    {
        Timeout = timeout;
        Category = ErrorCategory.Timeout;
    }

    /// <summary>The timeout that elapsed.</summary>
    public TimeSpan Timeout { get; }
}
