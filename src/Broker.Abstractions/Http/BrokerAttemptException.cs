namespace Broker.Http;

/// <summary>
/// An attempt that ended without a usable response (transport failure, timeout, corrupt or oversized answer), carrying
/// its classification up the handler chain. The invoker turns it into the public exception; it never escapes a
/// client call.
/// </summary>
internal sealed class BrokerAttemptException : HttpRequestException
{
    public BrokerAttemptException(BrokerClassification classification, Exception? innerException = null)
        : base(classification.Description, innerException)
    {
        Classification = classification;
    }

    public BrokerClassification Classification { get; }
}
