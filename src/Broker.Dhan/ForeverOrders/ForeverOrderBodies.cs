using Broker.Dhan.Orders;

namespace Broker.Dhan.ForeverOrders;

/// <summary>The wire body of <c>POST /forever/orders</c>.</summary>
internal sealed class PlaceForeverOrderBody
{
    public string? DhanClientId { get; init; }

    public string? CorrelationId { get; init; }

    public DhanForeverOrderFlag OrderFlag { get; init; }

    public DhanTransactionType TransactionType { get; init; }

    public DhanExchangeSegment ExchangeSegment { get; init; }

    public DhanProductType ProductType { get; init; }

    public DhanOrderType OrderType { get; init; }

    public DhanValidity Validity { get; init; }

    public string? SecurityId { get; init; }

    public long Quantity { get; init; }

    public long? DisclosedQuantity { get; init; }

    public decimal Price { get; init; }

    public decimal TriggerPrice { get; init; }

    public decimal? Price1 { get; init; }

    public decimal? TriggerPrice1 { get; init; }

    public long? Quantity1 { get; init; }
}

/// <summary>The wire body of <c>PUT /forever/orders/{order-id}</c>.</summary>
internal sealed class ModifyForeverOrderBody
{
    public string? DhanClientId { get; init; }

    public string? OrderId { get; init; }

    public DhanForeverOrderFlag OrderFlag { get; init; }

    public DhanOrderType OrderType { get; init; }

    public DhanLegName LegName { get; init; }

    public long Quantity { get; init; }

    public decimal Price { get; init; }

    public long? DisclosedQuantity { get; init; }

    public decimal TriggerPrice { get; init; }

    public DhanValidity Validity { get; init; }
}
