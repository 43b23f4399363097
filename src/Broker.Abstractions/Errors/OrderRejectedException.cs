namespace Broker.Errors;

/// <summary>
/// The broker received the order request and definitely did not accept it (an error answer with a broker code,
/// such as Groww GA006 or Dhan DH-906). No order exists for <see cref="ClientReference"/>; it is safe to fix the
/// request and place it again.
/// </summary>
public class OrderRejectedException : BrokerApiException
{
    /// <summary>Creates an order-rejected exception.</summary>
    /// <param name="message">The broker's reason, with its code.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    public OrderRejectedException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Category = ErrorCategory.OrderRejected;
    }

    /// <summary>The client reference the order was sent with (Groww <c>order_reference_id</c>, Dhan <c>correlationId</c>).</summary>
    public string? ClientReference { get; init; }
}
