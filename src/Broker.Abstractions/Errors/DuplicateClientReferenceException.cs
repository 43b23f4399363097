namespace Broker.Errors;

/// <summary>
/// The broker says an order with this client reference already exists (Groww GA007). This is not a rejection:
/// the earlier attempt was accepted. Look the order up by <see cref="ClientReference"/>; the clients' idempotent
/// place methods do this for you and return the existing order.
/// </summary>
public class DuplicateClientReferenceException : BrokerApiException
{
    /// <summary>Creates a duplicate-reference exception.</summary>
    /// <param name="clientReference">The reference that was already used.</param>
    /// <param name="message">The broker's message.</param>
    public DuplicateClientReferenceException(string clientReference, string message)
        : base(message)
    {
        ClientReference = clientReference;
        Category = ErrorCategory.DuplicateReference;
    }

    /// <summary>The client reference that already identifies an accepted order.</summary>
    public string ClientReference { get; }
}
