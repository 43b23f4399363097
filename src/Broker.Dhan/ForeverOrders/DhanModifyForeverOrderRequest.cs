using Broker.Dhan.Orders;

namespace Broker.Dhan.ForeverOrders;

/// <summary>
/// A change to a forever order (<c>PUT /forever/orders/{order-id}</c>). <see cref="LegName"/> TARGET_LEG is a
/// single order or the first OCO leg; STOP_LOSS_LEG is the second OCO leg.
/// </summary>
public sealed record DhanModifyForeverOrderRequest
{
    /// <summary>SINGLE or OCO.</summary>
    public required DhanForeverOrderFlag OrderFlag { get; init; }

    /// <summary>LIMIT or MARKET.</summary>
    public required DhanOrderType OrderType { get; init; }

    /// <summary>The leg to change.</summary>
    public required DhanLegName LegName { get; init; }

    /// <summary>The leg's quantity.</summary>
    public required long Quantity { get; init; }

    /// <summary>The leg's limit price (0 is sent for MARKET when null).</summary>
    public decimal? Price { get; init; }

    /// <summary>The leg's trigger price.</summary>
    public required decimal TriggerPrice { get; init; }

    /// <summary>The disclosed quantity, if any.</summary>
    public long? DisclosedQuantity { get; init; }

    /// <summary>Validity. Default DAY.</summary>
    public DhanValidity Validity { get; init; } = DhanValidity.Day;
}
