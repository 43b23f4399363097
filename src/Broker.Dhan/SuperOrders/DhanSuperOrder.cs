using Broker.Dhan.Orders;
using Broker.Collections;

namespace Broker.Dhan.SuperOrders;

/// <summary>A super order's entry as listed by <c>GET /super/orders</c>, with its exit legs in <see cref="LegDetails"/>.</summary>
public sealed record DhanSuperOrder
{
    /// <summary>The Dhan client id.</summary>
    public string? DhanClientId { get; init; }

    /// <summary>Dhan's order id.</summary>
    public string? OrderId { get; init; }

    /// <summary>The correlation id sent.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The entry's status (CLOSED = entry and one exit leg done).</summary>
    public DhanOrderStatus OrderStatus { get; init; }

    /// <summary>Buy or sell.</summary>
    public DhanTransactionType TransactionType { get; init; }

    /// <summary>The exchange segment.</summary>
    public DhanExchangeSegment ExchangeSegment { get; init; }

    /// <summary>The product type.</summary>
    public DhanProductType ProductType { get; init; }

    /// <summary>The entry's order type.</summary>
    public DhanOrderType OrderType { get; init; }

    /// <summary>The validity.</summary>
    public DhanValidity Validity { get; init; }

    /// <summary>The trading symbol.</summary>
    public string? TradingSymbol { get; init; }

    /// <summary>The security id.</summary>
    public string? SecurityId { get; init; }

    /// <summary>The quantity.</summary>
    public long Quantity { get; init; }

    /// <summary>The quantity still open.</summary>
    public long RemainingQuantity { get; init; }

    /// <summary>The last traded price.</summary>
    public decimal? Ltp { get; init; }

    /// <summary>The entry price.</summary>
    public decimal Price { get; init; }

    /// <summary>Whether it is an after-market order.</summary>
    public bool AfterMarketOrder { get; init; }

    /// <summary>The leg name of the entry (ENTRY_LEG).</summary>
    public DhanLegName? LegName { get; init; }

    /// <summary>The exchange's order id.</summary>
    public string? ExchangeOrderId { get; init; }

    /// <summary>When the order was created (IST).</summary>
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary>When it last changed (IST).</summary>
    public DateTimeOffset? UpdateTime { get; init; }

    /// <summary>The exchange's timestamp (IST).</summary>
    public DateTimeOffset? ExchangeTime { get; init; }

    /// <summary>The rejection reason, if any.</summary>
    public string? OmsErrorDescription { get; init; }

    /// <summary>The average fill price.</summary>
    public decimal AverageTradedPrice { get; init; }

    /// <summary>The quantity filled.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("filledQty")]
    public long FilledQuantity { get; init; }

    /// <summary>The algo id, if any.</summary>
    public string? AlgoId { get; init; }

    /// <summary>The target and stop-loss legs.</summary>
    public IReadOnlyList<DhanSuperOrderLeg> LegDetails { get; init => field = ValueList.OrEmpty(value); } = ValueList.Empty<DhanSuperOrderLeg>();
}
