using System.Text.Json.Serialization;
using Broker.Dhan.Serialization;

namespace Broker.Dhan.Statements;

/// <summary>A past trade with its charges (<c>GET /trades/{from-date}/{to-date}/{page}</c>).</summary>
public sealed record DhanTradeHistoryEntry
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

    /// <summary>The trading symbol (may be null).</summary>
    public string? TradingSymbol { get; init; }

    /// <summary>Dhan's display symbol.</summary>
    public string? CustomSymbol { get; init; }

    /// <summary>The security id.</summary>
    public string? SecurityId { get; init; }

    /// <summary>The quantity traded.</summary>
    public long TradedQuantity { get; init; }

    /// <summary>The trade price.</summary>
    public decimal TradedPrice { get; init; }

    /// <summary>The ISIN.</summary>
    public string? Isin { get; init; }

    /// <summary>The instrument class (EQUITY, DERIVATIVES, …).</summary>
    public string? Instrument { get; init; }

    /// <summary>SEBI turnover fee.</summary>
    public decimal SebiTax { get; init; }

    /// <summary>Securities transaction tax.</summary>
    public decimal Stt { get; init; }

    /// <summary>Brokerage.</summary>
    public decimal BrokerageCharges { get; init; }

    /// <summary>GST on charges.</summary>
    public decimal ServiceTax { get; init; }

    /// <summary>Exchange transaction charges.</summary>
    public decimal ExchangeTransactionCharges { get; init; }

    /// <summary>Stamp duty.</summary>
    public decimal StampDuty { get; init; }

    /// <summary>When the order was created (IST; null when Dhan sends NA).</summary>
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
