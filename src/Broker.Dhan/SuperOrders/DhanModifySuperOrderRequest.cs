using Broker.Dhan.Orders;

namespace Broker.Dhan.SuperOrders;

/// <summary>
/// A change to one leg of a super order (<c>PUT /super/orders/{order-id}</c>). Create it with
/// <see cref="EntryLeg"/>, <see cref="TargetLeg"/> or <see cref="StopLossLeg"/>: each leg takes different fields.
/// The entry leg can change only while it is PENDING or PART_TRADED.
/// </summary>
public sealed record DhanModifySuperOrderRequest
{
    private DhanModifySuperOrderRequest(DhanLegName legName) => LegName = legName;

    /// <summary>The leg being changed.</summary>
    public DhanLegName LegName { get; }

    /// <summary>Entry leg: the order type.</summary>
    public DhanOrderType? OrderType { get; private init; }

    /// <summary>Entry leg: the quantity.</summary>
    public long? Quantity { get; private init; }

    /// <summary>Entry leg: the entry price.</summary>
    public decimal? Price { get; private init; }

    /// <summary>Entry or target leg: the target price.</summary>
    public decimal? TargetPrice { get; private init; }

    /// <summary>Entry or stop-loss leg: the stop-loss price.</summary>
    public decimal? StopLossPrice { get; private init; }

    /// <summary>Entry or stop-loss leg: the trailing step (0 cancels trailing).</summary>
    public decimal? TrailingJump { get; private init; }

    /// <summary>Changes the entry leg (all of its fields are sent).</summary>
    /// <param name="orderType">LIMIT or MARKET.</param>
    /// <param name="quantity">The quantity.</param>
    /// <param name="price">The entry price (0 for MARKET).</param>
    /// <param name="targetPrice">The target price.</param>
    /// <param name="stopLossPrice">The stop-loss price.</param>
    /// <param name="trailingJump">The trailing step (0 for none).</param>
    /// <returns>The request.</returns>
    public static DhanModifySuperOrderRequest EntryLeg(DhanOrderType orderType, long quantity, decimal price, decimal targetPrice, decimal stopLossPrice, decimal trailingJump = 0m) =>
        new(DhanLegName.EntryLeg)
        {
            OrderType = orderType,
            Quantity = quantity,
            Price = price,
            TargetPrice = targetPrice,
            StopLossPrice = stopLossPrice,
            TrailingJump = trailingJump,
        };

    /// <summary>Changes the target leg.</summary>
    /// <param name="targetPrice">The new target price.</param>
    /// <returns>The request.</returns>
    public static DhanModifySuperOrderRequest TargetLeg(decimal targetPrice) => new(DhanLegName.TargetLeg) { TargetPrice = targetPrice };

    /// <summary>Changes the stop-loss leg.</summary>
    /// <param name="stopLossPrice">The new stop-loss price.</param>
    /// <param name="trailingJump">The trailing step; 0 (default) cancels trailing.</param>
    /// <returns>The request.</returns>
    public static DhanModifySuperOrderRequest StopLossLeg(decimal stopLossPrice, decimal trailingJump = 0m) =>
        new(DhanLegName.StopLossLeg) { StopLossPrice = stopLossPrice, TrailingJump = trailingJump };
}
