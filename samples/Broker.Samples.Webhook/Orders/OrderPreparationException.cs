namespace Broker.Samples.Webhook.Orders;

/// <summary>
/// The alert is well formed but cannot become an order: its instrument is not in the broker's master (or matches
/// several), or the order breaks the instrument's rules (lot size, tick size). Nothing was sent.
/// </summary>
internal sealed class OrderPreparationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OrderPreparationException()
        : this("alert", "cannot be turned into an order.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    public OrderPreparationException(string message)
        : this("alert", message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The SDK's exception.</param>
    public OrderPreparationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "alert";
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="field">The alert field concerned, such as <c>symbol</c>.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The SDK's exception, if any.</param>
    public OrderPreparationException(string field, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Field = field;
    }

    /// <summary>The alert field concerned.</summary>
    public string Field { get; }
}
