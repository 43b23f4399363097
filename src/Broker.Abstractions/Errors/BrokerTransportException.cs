namespace Broker.Errors;

/// <summary>
/// A read request could not be completed on the wire (connection refused or reset, DNS or TLS failure) after the
/// configured retries. Order writes never raise this: they raise <see cref="OrderOutcomeUnknownException"/>.
/// </summary>
public class BrokerTransportException : BrokerException
{
    /// <summary>Creates a transport exception.</summary>
    /// <param name="message">What failed and where.</param>
    /// <param name="innerException">The underlying network error.</param>
    public BrokerTransportException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Category = ErrorCategory.Network;
        IsTransient = true;
    }
}
