using System.Text.Json.Serialization;
using Broker.Dhan.Serialization;

namespace Broker.Dhan.Orders;

/// <summary>An order as the order book reports it (<c>GET /orders</c>, <c>/orders/{id}</c>, <c>/orders/external/{correlation-id}</c>).</summary>
public sealed record DhanOrder
{
    /// <summary>The Dhan client id.</summary>
    public string? DhanClientId { get; init; }

    /// <summary>Dhan's order id.</summary>
    public string? OrderId { get; init; }

    /// <summary>The exchange's order id, once the order reached the exchange.</summary>
    public string? ExchangeOrderId { get; init; }

    /// <summary>The correlation id sent with the order (Dhan generates <c>clientId-epochMs</c> when none was sent).</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The order's status.</summary>
    public DhanOrderStatus OrderStatus { get; init; }

    /// <summary>Buy or sell.</summary>
    public DhanTransactionType TransactionType { get; init; }

    /// <summary>The exchange segment.</summary>
    public DhanExchangeSegment ExchangeSegment { get; init; }

    /// <summary>The product type.</summary>
    public DhanProductType ProductType { get; init; }

    /// <summary>The order type.</summary>
    public DhanOrderType OrderType { get; init; }

    /// <summary>The validity.</summary>
    public DhanValidity Validity { get; init; }

    /// <summary>The trading symbol (may be empty).</summary>
    public string? TradingSymbol { get; init; }

    /// <summary>The security id.</summary>
    public string? SecurityId { get; init; }

    /// <summary>The total quantity.</summary>
    public long Quantity { get; init; }

    /// <summary>The disclosed quantity.</summary>
    public long DisclosedQuantity { get; init; }

    /// <summary>The limit price (0 for market orders).</summary>
    public decimal Price { get; init; }

    /// <summary>The trigger price (0 when none).</summary>
    public decimal TriggerPrice { get; init; }

    /// <summary>Whether it is an after-market order.</summary>
    public bool AfterMarketOrder { get; init; }

    /// <summary>Bracket orders: target difference.</summary>
    public decimal? BoProfitValue { get; init; }

    /// <summary>Bracket orders: stop-loss difference.</summary>
    public decimal? BoStopLossValue { get; init; }

    /// <summary>The leg, for cover/bracket orders; null when Dhan says <c>NA</c>.</summary>
    [JsonConverter(typeof(DhanOptionalValueConverter<DhanLegName>))]
    public DhanLegName? LegName { get; init; }

    /// <summary>When the order was created (IST).</summary>
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary>When the order last changed (IST).</summary>
    public DateTimeOffset? UpdateTime { get; init; }

    /// <summary>The exchange's timestamp; null until the order reached the exchange.</summary>
    public DateTimeOffset? ExchangeTime { get; init; }

    /// <summary>Derivatives: the expiry date.</summary>
    public DateOnly? DrvExpiryDate { get; init; }

    /// <summary>Derivatives: call or put; null for futures and cash.</summary>
    [JsonConverter(typeof(DhanOptionalValueConverter<DhanOptionType>))]
    public DhanOptionType? DrvOptionType { get; init; }

    /// <summary>Derivatives: the strike price.</summary>
    public decimal? DrvStrikePrice { get; init; }

    /// <summary>The OMS error code of a rejection, if any.</summary>
    public string? OmsErrorCode { get; init; }

    /// <summary>The rejection reason (meaningful for REJECTED, CANCELLED and EXPIRED; healthy orders may read <c>CONFIRMED</c>).</summary>
    public string? OmsErrorDescription { get; init; }

    /// <summary>
    /// <see langword="true"/> when Dhan refused the order after accepting the placement (<c>REJECTED</c>, usually
    /// after a <c>TRANSIT</c> acknowledgement): nothing was traded; <see cref="RejectionReason"/> says why.
    /// </summary>
    [JsonIgnore]
    public bool IsRejected => OrderStatus == DhanOrderStatus.Rejected;

    /// <summary>Dhan's reason for a rejection (<see cref="OmsErrorDescription"/>, else <see cref="OmsErrorCode"/>), or <see langword="null"/> when the order was not rejected.</summary>
    [JsonIgnore]
    public string? RejectionReason => IsRejected ? OmsErrorDescription ?? OmsErrorCode : null;

    /// <summary>The algo id, if any.</summary>
    public string? AlgoId { get; init; }

    /// <summary>The quantity still open.</summary>
    public long RemainingQuantity { get; init; }

    /// <summary>The average fill price.</summary>
    public decimal AverageTradedPrice { get; init; }

    /// <summary>The quantity filled (<c>filledQty</c> in the order book, <c>filled_qty</c> in postbacks).</summary>
    [JsonPropertyName("filledQty")]
    public long FilledQuantity { get; init; }

    // Postbacks (DhanPostback) send the order-book object with the fill as filled_qty; reading it here keeps one model.
    [JsonInclude]
    [JsonPropertyName("filled_qty")]
    internal long? PostbackFilledQuantity
    {
        get => null;
        init
        {
            if (value is { } filled)
            {
                FilledQuantity = filled;
            }
        }
    }
}
