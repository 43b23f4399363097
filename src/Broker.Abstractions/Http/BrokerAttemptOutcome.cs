namespace Broker.Http;

/// <summary>What happened to one attempt of a broker request, as decided by <see cref="BrokerResponseClassifier"/>.</summary>
public enum BrokerAttemptOutcome
{
    /// <summary>A 2xx answer that carries no error.</summary>
    Success = 0,

    /// <summary>
    /// The broker answered with an error that proves it did nothing with the request: a code its table lists as a
    /// refusal, HTTP 401 (token refused) or HTTP 429 (throttled).
    /// </summary>
    Refused,

    /// <summary>
    /// The broker answered with an error that does not prove it did nothing (a 5xx, a code the SDK does not know, an
    /// error inside a 2xx without a code): for an order write the order may exist.
    /// </summary>
    Failed,

    /// <summary>
    /// An answer arrived that cannot be understood: a redirect (never followed), a body that is not the documented
    /// shape, larger than the cap, or whose compression is corrupt.
    /// </summary>
    UnreadableAnswer,

    /// <summary>No answer: the connection failed (refused, reset, closed) or a handler failed.</summary>
    NoAnswer,

    /// <summary>No complete answer arrived within the per-attempt timeout.</summary>
    TimedOut,

    /// <summary>The caller cancelled the call.</summary>
    Cancelled,
}
