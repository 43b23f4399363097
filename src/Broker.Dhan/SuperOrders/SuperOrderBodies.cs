using Broker.Dhan.Orders;

namespace Broker.Dhan.SuperOrders;

/// <summary>The wire body of <c>POST /super/orders</c>.</summary>
internal sealed class PlaceSuperOrderBody
{
    public string? DhanClientId { get; init; }

    public string? CorrelationId { get; init; }

    public DhanTransactionType TransactionType { get; init; }

    public DhanExchangeSegment ExchangeSegment { get; init; }

    public DhanProductType ProductType { get; init; }

    public DhanOrderType OrderType { get; init; }

    public string? SecurityId { get; init; }

    public long Quantity { get; init; }

    public decimal Price { get; init; }

    public decimal TargetPrice { get; init; }

    public decimal StopLossPrice { get; init; }

    public decimal TrailingJump { get; init; }
}

/// <summary>The wire body of <c>PUT /super/orders/{order-id}</c>; only the leg's fields are present.</summary>
internal sealed class ModifySuperOrderBody
{
    public string? DhanClientId { get; init; }

    public string? OrderId { get; init; }

    public DhanOrderType? OrderType { get; init; }

    public DhanLegName LegName { get; init; }

    public long? Quantity { get; init; }

    public decimal? Price { get; init; }

    public decimal? TargetPrice { get; init; }

    public decimal? StopLossPrice { get; init; }

    public decimal? TrailingJump { get; init; }
}
