namespace Broker.Errors;

/// <summary>
/// An order write (create, modify or cancel) was sent, but no trustworthy answer came back: the connection
/// dropped, the call timed out, or the broker answered with a gateway error (5xx) that does not say whether the
/// order was taken. The order MAY exist at the broker.
/// </summary>
/// <remarks>
/// Do not simply send the order again: that can double your position. Look the order up by
/// <see cref="ClientReference"/> first (Groww: order status by reference; Dhan: order by correlation id), or use the
/// client's idempotent place method, which does exactly that.
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
        IsTransient = true;
    }

    /// <summary>The client reference to reconcile with (Groww <c>order_reference_id</c>, Dhan <c>correlationId</c>).</summary>
    public string ClientReference { get; }

    /// <summary>The HTTP status of the unclear answer, when there was one (for example 503); <see langword="null"/> when no answer arrived.</summary>
    public int? StatusCode { get; init; }
}
