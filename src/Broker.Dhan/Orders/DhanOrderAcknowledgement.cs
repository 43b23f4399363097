namespace Broker.Dhan.Orders;

/// <summary>
/// Dhan's answer to an order write: <c>{orderId, orderStatus}</c>. A status of TRANSIT only means Dhan took the
/// request; RMS or the exchange may still reject it (see the order book's <c>omsErrorDescription</c>).
/// </summary>
public sealed record DhanOrderAcknowledgement
{
    /// <summary>Dhan's order id.</summary>
    public string? OrderId { get; init; }

    /// <summary>The status at the time of the answer (usually TRANSIT).</summary>
    public DhanOrderStatus OrderStatus { get; init; }
}
