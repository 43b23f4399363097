using System.Text.Json.Serialization;
using Broker.Dhan.Serialization;

namespace Broker.Dhan.Portfolio;

/// <summary>An open or closed position of the day (<c>GET /positions</c>).</summary>
public sealed record DhanPosition
{
    /// <summary>The Dhan client id.</summary>
    public string? DhanClientId { get; init; }

    /// <summary>The trading symbol.</summary>
    public string? TradingSymbol { get; init; }

    /// <summary>The security id.</summary>
    public string? SecurityId { get; init; }

    /// <summary>LONG, SHORT or CLOSED.</summary>
    public DhanPositionType PositionType { get; init; }

    /// <summary>The exchange segment.</summary>
    public DhanExchangeSegment ExchangeSegment { get; init; }

    /// <summary>The product type.</summary>
    public DhanProductType ProductType { get; init; }

    /// <summary>Average buy price.</summary>
    public decimal BuyAvg { get; init; }

    /// <summary>Cost price.</summary>
    public decimal CostPrice { get; init; }

    /// <summary>Quantity bought (<c>buyQty</c>).</summary>
    [JsonPropertyName("buyQty")]
    public long BuyQuantity { get; init; }

    /// <summary>Average sell price.</summary>
    public decimal SellAvg { get; init; }

    /// <summary>Quantity sold (<c>sellQty</c>).</summary>
    [JsonPropertyName("sellQty")]
    public long SellQuantity { get; init; }

    /// <summary>Net quantity (<c>netQty</c>): positive long, negative short.</summary>
    [JsonPropertyName("netQty")]
    public long NetQuantity { get; init; }

    /// <summary>Realised profit.</summary>
    public decimal RealizedProfit { get; init; }

    /// <summary>Unrealised profit.</summary>
    public decimal UnrealizedProfit { get; init; }

    /// <summary>RBI reference rate (currency).</summary>
    public decimal? RbiReferenceRate { get; init; }

    /// <summary>Contract multiplier.</summary>
    public long? Multiplier { get; init; }

    /// <summary>Carried-forward buy quantity (<c>carryForwardBuyQty</c>).</summary>
    [JsonPropertyName("carryForwardBuyQty")]
    public long CarryForwardBuyQuantity { get; init; }

    /// <summary>Carried-forward sell quantity (<c>carryForwardSellQty</c>).</summary>
    [JsonPropertyName("carryForwardSellQty")]
    public long CarryForwardSellQuantity { get; init; }

    /// <summary>Carried-forward buy value.</summary>
    public decimal CarryForwardBuyValue { get; init; }

    /// <summary>Carried-forward sell value.</summary>
    public decimal CarryForwardSellValue { get; init; }

    /// <summary>Quantity bought today (<c>dayBuyQty</c>).</summary>
    [JsonPropertyName("dayBuyQty")]
    public long DayBuyQuantity { get; init; }

    /// <summary>Quantity sold today (<c>daySellQty</c>).</summary>
    [JsonPropertyName("daySellQty")]
    public long DaySellQuantity { get; init; }

    /// <summary>Value bought today.</summary>
    public decimal DayBuyValue { get; init; }

    /// <summary>Value sold today.</summary>
    public decimal DaySellValue { get; init; }

    /// <summary>Derivatives: the expiry date (null for cash; Dhan sends 0001-01-01).</summary>
    public DateOnly? DrvExpiryDate { get; init; }

    /// <summary>Derivatives: call or put.</summary>
    [JsonConverter(typeof(DhanOptionalValueConverter<DhanOptionType>))]
    public DhanOptionType? DrvOptionType { get; init; }

    /// <summary>Derivatives: the strike price.</summary>
    public decimal? DrvStrikePrice { get; init; }

    /// <summary>Whether it is a cross-currency position.</summary>
    public bool? CrossCurrency { get; init; }
}
