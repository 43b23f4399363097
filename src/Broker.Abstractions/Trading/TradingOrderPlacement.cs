namespace Broker.Trading;

/// <summary>The broker's answer to a new order: its id, your client reference and the first status.</summary>
public sealed record TradingOrderPlacement
{
    /// <summary>The broker's order id (Groww <c>groww_order_id</c>, Dhan <c>orderId</c>); use it to modify, cancel or look up the order.</summary>
    public required string BrokerOrderId { get; init; }

    /// <summary>The client reference the order was sent with (yours, or the generated one).</summary>
    public required string ClientReference { get; init; }

    /// <summary>The normalised status in the acknowledgement.</summary>
    public required TradingOrderStatus Status { get; init; }

    /// <summary>The broker's own status string, as sent.</summary>
    public string? RawStatus { get; init; }

    /// <summary>
    /// The broker's message about the order in its answer, such as why it was rejected (Groww <c>remark</c>, for example
    /// <c>"Insufficient funds"</c>); <see langword="null"/> when the answer carries none. Dhan's acknowledgement carries no
    /// reason: read the order (<see cref="TradingOrder.StatusMessage"/>, Dhan <c>omsErrorDescription</c>) for it.
    /// </summary>
    public string? StatusMessage { get; init; }
}
