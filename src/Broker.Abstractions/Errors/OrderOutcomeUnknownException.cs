namespace Broker.Errors;

/// <summary>
/// An order write (create, modify or cancel) was sent, but no answer came back that proves what happened: the
/// connection dropped, the call timed out, the broker answered with a 5xx, a redirect, a code the SDK does not know or
/// a body it could not read. The order MAY exist at the broker.
/// </summary>
/// <remarks>
/// <para>Do not simply send the order again: that can double your position. Look the order up by
/// <see cref="ClientReference"/> first (Groww: order status by reference; Dhan: order by correlation id), or use the
/// client's idempotent place method, which does exactly that.</para>
/// <para><see cref="BrokerException.IsTransient"/> is always <see langword="false"/> here: code that retries whatever is
/// "transient" must never resend an order blindly.</para>
/// </remarks>
public class OrderOutcomeUnknownException : BrokerException
{
    /// <summary>Creates an outcome-unknown exception.</summary>
    /// <param name="clientReference">The client reference the order was sent with.</param>
    /// <param name="message">What happened on the wire.</param>
    /// <param name="innerException">The transport failure or the unclear broker answer.</param>
    public OrderOutcomeUnknownException(string clientReference, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ClientReference = clientReference;
        IsTransient = false;
    }

    /// <summary>
    /// The client reference to reconcile with (Groww <c>order_reference_id</c>, Dhan <c>correlationId</c>); for a
    /// modification or cancellation, the broker's order id.
    /// </summary>
    public string ClientReference { get; }

    /// <summary>The HTTP status of the unclear answer, when there was one (for example 503); <see langword="null"/> when no answer arrived.</summary>
    public int? StatusCode { get; init; }

    /// <summary>
    /// When the SDK gave up on the answer (from the client's <see cref="TimeProvider"/>). The idempotent place methods
    /// use it to know how long a just-sent order may still be invisible to a look-up.
    /// </summary>
    public DateTimeOffset OccurredAt { get; init; }
}
