namespace Broker.Dhan.Orders;

/// <summary>The result of placing an order: Dhan's order id and status, and the correlation id that was sent.</summary>
public sealed record DhanOrderPlacement
{
    /// <summary>Creates a placement result.</summary>
    /// <param name="orderId">Dhan's order id.</param>
    /// <param name="orderStatus">The status in the answer.</param>
    /// <param name="correlationId">The correlation id sent with the order.</param>
    public DhanOrderPlacement(string orderId, DhanOrderStatus orderStatus, string correlationId)
    {
        OrderId = orderId;
        OrderStatus = orderStatus;
        CorrelationId = correlationId;
    }

    /// <summary>Dhan's order id.</summary>
    public string OrderId { get; }

    /// <summary>The status in the answer (usually TRANSIT).</summary>
    public DhanOrderStatus OrderStatus { get; }

    /// <summary>The correlation id sent with the order: yours, or the one the SDK generated.</summary>
    public string CorrelationId { get; }

    /// <summary>
    /// <see langword="true"/> when <see cref="IDhanOrdersClient.PlaceOrderIdempotentAsync"/> found an order with this
    /// correlation id and did not place a new one.
    /// </summary>
    public bool AlreadyPlaced { get; init; }

    /// <summary>The order found by correlation id when <see cref="AlreadyPlaced"/> is <see langword="true"/>.</summary>
    public DhanOrder? ExistingOrder { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"DhanOrderPlacement({OrderId}, {OrderStatus}, correlationId={CorrelationId}{(AlreadyPlaced ? ", already placed" : string.Empty)})";
}
