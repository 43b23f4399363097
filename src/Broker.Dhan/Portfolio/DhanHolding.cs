using System.Text.Json.Serialization;

namespace Broker.Dhan.Portfolio;

/// <summary>A demat holding (<c>GET /holdings</c>).</summary>
public sealed record DhanHolding
{
    /// <summary>NSE, BSE, MCX or ALL.</summary>
    public string? Exchange { get; init; }

    /// <summary>The trading symbol.</summary>
    public string? TradingSymbol { get; init; }

    /// <summary>The security id.</summary>
    public string? SecurityId { get; init; }

    /// <summary>The ISIN.</summary>
    public string? Isin { get; init; }

    /// <summary>The total quantity (<c>totalQty</c>).</summary>
    [JsonPropertyName("totalQty")]
    public long TotalQuantity { get; init; }

    /// <summary>The quantity in the demat account (<c>dpQty</c>).</summary>
    [JsonPropertyName("dpQty")]
    public long DpQuantity { get; init; }

    /// <summary>The quantity awaiting T+1 settlement (<c>t1Qty</c>).</summary>
    [JsonPropertyName("t1Qty")]
    public long T1Quantity { get; init; }

    /// <summary>MTF quantity awaiting T+1 settlement (<c>mtf_t1_qty</c>).</summary>
    [JsonPropertyName("mtf_t1_qty")]
    public long MtfT1Quantity { get; init; }

    /// <summary>MTF quantity (<c>mtf_qty</c>).</summary>
    [JsonPropertyName("mtf_qty")]
    public long MtfQuantity { get; init; }

    /// <summary>The quantity available to sell (<c>availableQty</c>).</summary>
    [JsonPropertyName("availableQty")]
    public long AvailableQuantity { get; init; }

    /// <summary>The quantity pledged as collateral (<c>collateralQty</c>).</summary>
    [JsonPropertyName("collateralQty")]
    public long CollateralQuantity { get; init; }

    /// <summary>The average cost price.</summary>
    public decimal AvgCostPrice { get; init; }

    /// <summary>The last traded price.</summary>
    public decimal? LastTradedPrice { get; init; }
}
