using Broker.Dhan.Orders;

namespace Broker.Dhan.Feeds;

/// <summary>
/// An order update from Dhan's order-update socket (<c>{"Type":"order_alert","Data":{…}}</c>, spec §12.2). The
/// single-letter codes are mapped to the enums the REST order book uses; the raw message is kept in <see cref="RawJson"/>.
/// The stream is a fast path: the REST order book remains the authority.
/// </summary>
public sealed record DhanOrderUpdate : DhanFeedEvent
{
    /// <summary>Dhan's order id (<c>OrderNo</c>, the REST <c>orderId</c>).</summary>
    public string? OrderId { get; init; }

    /// <summary>The exchange's order id (<c>ExchOrderNo</c>).</summary>
    public string? ExchangeOrderId { get; init; }

    /// <summary>The correlation id sent with the order.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The Dhan client id.</summary>
    public string? ClientId { get; init; }

    /// <summary>The exchange: <c>NSE</c>, <c>BSE</c>, <c>MCX</c>.</summary>
    public string? Exchange { get; init; }

    /// <summary>The segment letter: <c>E</c> equity, <c>D</c> derivatives, <c>C</c> currency, <c>M</c> commodity.</summary>
    public string? Segment { get; init; }

    /// <summary>The security id.</summary>
    public string? SecurityId { get; init; }

    /// <summary>The order status, mapped to the REST vocabulary (<c>"Cancelled"</c> → <see cref="DhanOrderStatus.Cancelled"/>).</summary>
    public DhanOrderStatus Status { get; init; }

    /// <summary>The status exactly as sent (its case differs from REST).</summary>
    public string? RawStatus { get; init; }

    /// <summary>Buy or sell (<c>TxnType</c> B/S).</summary>
    public DhanTransactionType TransactionType { get; init; }

    /// <summary>The product (<c>Product</c> C/I/M/F/V/B → CNC/INTRADAY/MARGIN/MTF/CO/BO).</summary>
    public DhanProductType ProductType { get; init; }

    /// <summary>The order type (<c>OrderType</c> LMT/MKT/SL/SLM → LIMIT/MARKET/STOP_LOSS/STOP_LOSS_MARKET).</summary>
    public DhanOrderType OrderType { get; init; }

    /// <summary>The validity (DAY/IOC).</summary>
    public DhanValidity Validity { get; init; }

    /// <summary>The ordered quantity.</summary>
    public long Quantity { get; init; }

    /// <summary>The quantity still open.</summary>
    public long RemainingQuantity { get; init; }

    /// <summary>The quantity filled.</summary>
    public long TradedQuantity { get; init; }

    /// <summary>The disclosed quantity.</summary>
    public long DisclosedQuantity { get; init; }

    /// <summary>The limit price.</summary>
    public decimal Price { get; init; }

    /// <summary>The trigger price.</summary>
    public decimal TriggerPrice { get; init; }

    /// <summary>The price of the last fill.</summary>
    public decimal TradedPrice { get; init; }

    /// <summary>The average fill price.</summary>
    public decimal AverageTradedPrice { get; init; }

    /// <summary>Whether it is an after-market order (<c>OffMktFlag</c> "1").</summary>
    public bool AfterMarketOrder { get; init; }

    /// <summary>The leg: 1 entry, 2 stop-loss, 3 target; <see langword="null"/> when absent.</summary>
    public int? LegNumber { get; init; }

    /// <summary>The rejection reason, or <c>CONFIRMED</c>.</summary>
    public string? ReasonDescription { get; init; }

    /// <summary>Free text (<c>"Super Order"</c> for super-order legs).</summary>
    public string? Remarks { get; init; }

    /// <summary>The trading symbol.</summary>
    public string? Symbol { get; init; }

    /// <summary>The display name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The instrument type, such as <c>EQUITY</c> or <c>OPTIDX</c>.</summary>
    public string? InstrumentType { get; init; }

    /// <summary>The option type: <c>CE</c>, <c>PE</c>, or <c>XX</c> for none.</summary>
    public string? OptionType { get; init; }

    /// <summary>The strike price, for options.</summary>
    public decimal? StrikePrice { get; init; }

    /// <summary>The lot size.</summary>
    public long LotSize { get; init; }

    /// <summary>When the order was created, IST.</summary>
    public DateTimeOffset? OrderTime { get; init; }

    /// <summary>The exchange's time for the order, IST.</summary>
    public DateTimeOffset? ExchangeTime { get; init; }

    /// <summary>When the order last changed, IST.</summary>
    public DateTimeOffset? LastUpdatedTime { get; init; }

    /// <summary>The message as received.</summary>
    public string RawJson { get; init; } = string.Empty;
}
