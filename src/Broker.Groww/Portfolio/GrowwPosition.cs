using System.Text.Json.Serialization;

namespace Broker.Groww.Portfolio;

/// <summary>One position (<c>GET /v1/positions/user</c>, <c>/v1/positions/trading-symbol</c>). Prices are averages in rupees.</summary>
public sealed record GrowwPosition
{
    /// <summary>The trading symbol (<c>trading_symbol</c>).</summary>
    [JsonPropertyName("trading_symbol")]
    public string? TradingSymbol { get; init; }

    /// <summary>The segment (<c>segment</c>).</summary>
    [JsonPropertyName("segment")]
    public GrowwSegment? Segment { get; init; }

    /// <summary>Quantity bought today (<c>credit_quantity</c>).</summary>
    [JsonPropertyName("credit_quantity")]
    public long CreditQuantity { get; init; }

    /// <summary>Average price bought at today (<c>credit_price</c>).</summary>
    [JsonPropertyName("credit_price")]
    public decimal CreditPrice { get; init; }

    /// <summary>Quantity sold today (<c>debit_quantity</c>).</summary>
    [JsonPropertyName("debit_quantity")]
    public long DebitQuantity { get; init; }

    /// <summary>Average price sold at today (<c>debit_price</c>).</summary>
    [JsonPropertyName("debit_price")]
    public decimal DebitPrice { get; init; }

    /// <summary>Carried-forward bought quantity (<c>carry_forward_credit_quantity</c>).</summary>
    [JsonPropertyName("carry_forward_credit_quantity")]
    public long CarryForwardCreditQuantity { get; init; }

    /// <summary>Carried-forward average buy price (<c>carry_forward_credit_price</c>).</summary>
    [JsonPropertyName("carry_forward_credit_price")]
    public decimal CarryForwardCreditPrice { get; init; }

    /// <summary>Carried-forward sold quantity (<c>carry_forward_debit_quantity</c>).</summary>
    [JsonPropertyName("carry_forward_debit_quantity")]
    public long CarryForwardDebitQuantity { get; init; }

    /// <summary>Carried-forward average sell price (<c>carry_forward_debit_price</c>).</summary>
    [JsonPropertyName("carry_forward_debit_price")]
    public decimal CarryForwardDebitPrice { get; init; }

    /// <summary>The exchange (<c>exchange</c>).</summary>
    [JsonPropertyName("exchange")]
    public GrowwExchange? Exchange { get; init; }

    /// <summary>The ISIN (<c>symbol_isin</c>).</summary>
    [JsonPropertyName("symbol_isin")]
    public string? SymbolIsin { get; init; }

    /// <summary>The net quantity (negative when short) (<c>quantity</c>).</summary>
    [JsonPropertyName("quantity")]
    public long Quantity { get; init; }

    /// <summary>The product (<c>product</c>).</summary>
    [JsonPropertyName("product")]
    public GrowwProduct? Product { get; init; }

    /// <summary>The net carried-forward quantity (<c>net_carry_forward_quantity</c>).</summary>
    [JsonPropertyName("net_carry_forward_quantity")]
    public long NetCarryForwardQuantity { get; init; }

    /// <summary>The net average price (<c>net_price</c>).</summary>
    [JsonPropertyName("net_price")]
    public decimal NetPrice { get; init; }

    /// <summary>The net carried-forward average price (<c>net_carry_forward_price</c>).</summary>
    [JsonPropertyName("net_carry_forward_price")]
    public decimal NetCarryForwardPrice { get; init; }

    /// <summary>Realised profit or loss (<c>realised_pnl</c>).</summary>
    [JsonPropertyName("realised_pnl")]
    public decimal? RealisedPnl { get; init; }
}
