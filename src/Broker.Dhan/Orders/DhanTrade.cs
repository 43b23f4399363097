using System.Text.Json.Serialization;
using Broker.Dhan.Serialization;

namespace Broker.Dhan.Orders;

/// <summary>A fill, from the trade book (<c>GET /trades</c>) or the trades of one order (<c>GET /trades/{order-id}</c>).</summary>
public sealed record DhanTrade
{
    /// <summary>The Dhan client id.</summary>
    public string? DhanClientId { get; init; }

    /// <summary>Dhan's order id.</summary>
    public string? OrderId { get; init; }

    /// <summary>The exchange's order id.</summary>
    public string? ExchangeOrderId { get; init; }

    /// <summary>The exchange's trade id.</summary>
    public string? ExchangeTradeId { get; init; }

    /// <summary>Buy or sell.</summary>
    public DhanTransactionType TransactionType { get; init; }

    /// <summary>The exchange segment.</summary>
    public DhanExchangeSegment ExchangeSegment { get; init; }

    /// <summary>The product type.</summary>
    public DhanProductType ProductType { get; init; }

    /// <summary>The order type.</summary>
    public DhanOrderType OrderType { get; init; }

    /// <summary>The trading symbol.</summary>
    public string? TradingSymbol { get; init; }

    /// <summary>Dhan's display symbol.</summary>
    public string? CustomSymbol { get; init; }

    /// <summary>The security id.</summary>
    public string? SecurityId { get; init; }

    /// <summary>The quantity filled in this trade.</summary>
    public long TradedQuantity { get; init; }

    /// <summary>The fill price.</summary>
    public decimal TradedPrice { get; init; }

    /// <summary>When the order was created (IST).</summary>
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary>When the record last changed (IST).</summary>
    public DateTimeOffset? UpdateTime { get; init; }

    /// <summary>The exchange's timestamp (IST).</summary>
    public DateTimeOffset? ExchangeTime { get; init; }

    /// <summary>Derivatives: the expiry date.</summary>
    public DateOnly? DrvExpiryDate { get; init; }

    /// <summary>Derivatives: call or put.</summary>
    [JsonConverter(typeof(DhanOptionalValueConverter<DhanOptionType>))]
    public DhanOptionType? DrvOptionType { get; init; }

    /// <summary>Derivatives: the strike price.</summary>
    public decimal? DrvStrikePrice { get; init; }
}
