using System.Text.Json.Serialization;
using Broker.Dhan.Orders;
using Broker.Dhan.Serialization;

namespace Broker.Dhan.ForeverOrders;

/// <summary>A forever order as listed by <c>GET /forever/orders</c>.</summary>
public sealed record DhanForeverOrder
{
    /// <summary>The Dhan client id.</summary>
    public string? DhanClientId { get; init; }

    /// <summary>Dhan's order id.</summary>
    public string? OrderId { get; init; }

    /// <summary>The status (PENDING, CONFIRM, TRIGGERED, CANCELLED, …).</summary>
    public DhanOrderStatus OrderStatus { get; init; }

    /// <summary>Buy or sell.</summary>
    public DhanTransactionType TransactionType { get; init; }

    /// <summary>The exchange segment.</summary>
    public DhanExchangeSegment ExchangeSegment { get; init; }

    /// <summary>The product type.</summary>
    public DhanProductType ProductType { get; init; }

    /// <summary>SINGLE or OCO. Dhan reports it in the field named <c>orderType</c>.</summary>
    [JsonPropertyName("orderType")]
    public DhanForeverOrderFlag OrderFlag { get; init; }

    /// <summary>The trading symbol.</summary>
    public string? TradingSymbol { get; init; }

    /// <summary>The security id.</summary>
    public string? SecurityId { get; init; }

    /// <summary>The quantity.</summary>
    public long Quantity { get; init; }

    /// <summary>The limit price.</summary>
    public decimal Price { get; init; }

    /// <summary>The trigger price.</summary>
    public decimal TriggerPrice { get; init; }

    /// <summary>The leg (TARGET_LEG, STOP_LOSS_LEG; single orders may report ENTRY_LEG).</summary>
    [JsonConverter(typeof(DhanOptionalValueConverter<DhanLegName>))]
    public DhanLegName? LegName { get; init; }

    /// <summary>When it was created (IST).</summary>
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary>When it last changed (IST).</summary>
    public DateTimeOffset? UpdateTime { get; init; }

    /// <summary>The exchange's timestamp (IST), once triggered.</summary>
    public DateTimeOffset? ExchangeTime { get; init; }

    /// <summary>Derivatives: the expiry date.</summary>
    public DateOnly? DrvExpiryDate { get; init; }

    /// <summary>Derivatives: call or put.</summary>
    [JsonConverter(typeof(DhanOptionalValueConverter<DhanOptionType>))]
    public DhanOptionType? DrvOptionType { get; init; }

    /// <summary>Derivatives: the strike price.</summary>
    public decimal? DrvStrikePrice { get; init; }
}
