namespace Broker.Dhan.Orders;

/// <summary>The wire body of <c>POST /orders</c> and <c>/orders/slicing</c>; null members are omitted.</summary>
internal sealed class PlaceOrderBody
{
    public string? DhanClientId { get; init; }

    public string? CorrelationId { get; init; }

    public DhanTransactionType TransactionType { get; init; }

    public DhanExchangeSegment ExchangeSegment { get; init; }

    public DhanProductType ProductType { get; init; }

    public DhanOrderType OrderType { get; init; }

    public DhanValidity Validity { get; init; }

    public string? SecurityId { get; init; }

    public long Quantity { get; init; }

    public long? DisclosedQuantity { get; init; }

    public decimal Price { get; init; }

    public decimal? TriggerPrice { get; init; }

    public bool AfterMarketOrder { get; init; }

    public DhanAmoTime? AmoTime { get; init; }

    public decimal? BoProfitValue { get; init; }

    public decimal? BoStopLossValue { get; init; }
}

/// <summary>The wire body of <c>PUT /orders/{order-id}</c>; null members are omitted.</summary>
internal sealed class ModifyOrderBody
{
    public string? DhanClientId { get; init; }

    public string? OrderId { get; init; }

    public DhanOrderType OrderType { get; init; }

    public DhanLegName? LegName { get; init; }

    public long? Quantity { get; init; }

    public decimal? Price { get; init; }

    public long? DisclosedQuantity { get; init; }

    public decimal? TriggerPrice { get; init; }

    public DhanValidity Validity { get; init; }
}
