namespace Broker.Dhan.Orders;

/// <summary>A change to an open order (<c>PUT /orders/{order-id}</c>). Fields left <see langword="null"/> are not sent.</summary>
public sealed record DhanModifyOrderRequest
{
    /// <summary>The order type after the change.</summary>
    public required DhanOrderType OrderType { get; init; }

    /// <summary>Validity. Default <see cref="DhanValidity.Day"/>.</summary>
    public DhanValidity Validity { get; init; } = DhanValidity.Day;

    /// <summary>The <b>total</b> quantity of the order (not the pending quantity), if it changes.</summary>
    public long? Quantity { get; init; }

    /// <summary>The new limit price: required for LIMIT and STOP_LOSS.</summary>
    public decimal? Price { get; init; }

    /// <summary>The new trigger price: required for STOP_LOSS and STOP_LOSS_MARKET.</summary>
    public decimal? TriggerPrice { get; init; }

    /// <summary>The new disclosed quantity, if any.</summary>
    public long? DisclosedQuantity { get; init; }

    /// <summary>For cover and bracket orders: which leg to change.</summary>
    public DhanLegName? LegName { get; init; }
}
