using System.Text.Json.Serialization;
using Broker.Collections;

namespace Broker.Groww.Portfolio;

/// <summary>One demat holding (<c>GET /v1/holdings/user</c>). Quantities are decimals because Groww documents some of them as such; prices in rupees.</summary>
public sealed record GrowwHolding
{
    /// <summary>The ISIN (<c>isin</c>).</summary>
    [JsonPropertyName("isin")]
    public string? Isin { get; init; }

    /// <summary>The trading symbol (<c>trading_symbol</c>).</summary>
    [JsonPropertyName("trading_symbol")]
    public string? TradingSymbol { get; init; }

    /// <summary>The quantity held (<c>quantity</c>).</summary>
    [JsonPropertyName("quantity")]
    public decimal Quantity { get; init; }

    /// <summary>The average buy price (<c>average_price</c>).</summary>
    [JsonPropertyName("average_price")]
    public decimal AveragePrice { get; init; }

    /// <summary>The pledged quantity (<c>pledge_quantity</c>).</summary>
    [JsonPropertyName("pledge_quantity")]
    public decimal PledgeQuantity { get; init; }

    /// <summary>The quantity locked at the depository (<c>demat_locked_quantity</c>).</summary>
    [JsonPropertyName("demat_locked_quantity")]
    public decimal DematLockedQuantity { get; init; }

    /// <summary>The quantity locked by Groww (<c>groww_locked_quantity</c>).</summary>
    [JsonPropertyName("groww_locked_quantity")]
    public decimal GrowwLockedQuantity { get; init; }

    /// <summary>The repledged quantity (<c>repledge_quantity</c>).</summary>
    [JsonPropertyName("repledge_quantity")]
    public decimal RepledgeQuantity { get; init; }

    /// <summary>The T1 (unsettled) quantity (<c>t1_quantity</c>).</summary>
    [JsonPropertyName("t1_quantity")]
    public decimal T1Quantity { get; init; }

    /// <summary>The free quantity at the depository (<c>demat_free_quantity</c>).</summary>
    [JsonPropertyName("demat_free_quantity")]
    public decimal DematFreeQuantity { get; init; }

    /// <summary>Extra quantity from corporate actions (<c>corporate_action_additional_quantity</c>).</summary>
    [JsonPropertyName("corporate_action_additional_quantity")]
    public decimal CorporateActionAdditionalQuantity { get; init; }

    /// <summary>The quantity in an active demat transfer (<c>active_demat_transfer_quantity</c>).</summary>
    [JsonPropertyName("active_demat_transfer_quantity")]
    public decimal ActiveDematTransferQuantity { get; init; }

    /// <summary>Exchanges it can be sold on (undocumented, seen in practice) (<c>tradable_exchanges</c>).</summary>
    [JsonPropertyName("tradable_exchanges")]
    public IReadOnlyList<string>? TradableExchanges { get; init => field = ValueList.From(value); }
}
