using System.Text.Json.Serialization;

namespace Broker.Groww.Margins;

/// <summary>The account's funds and margin use (<c>GET /v1/margins/detail/user</c>), in rupees.</summary>
public sealed record GrowwAvailableMargin
{
    /// <summary>Clear cash (<c>clear_cash</c>).</summary>
    [JsonPropertyName("clear_cash")]
    public decimal ClearCash { get; init; }

    /// <summary>Net margin used (<c>net_margin_used</c>).</summary>
    [JsonPropertyName("net_margin_used")]
    public decimal NetMarginUsed { get; init; }

    /// <summary>Brokerage and charges (<c>brokerage_and_charges</c>).</summary>
    [JsonPropertyName("brokerage_and_charges")]
    public decimal BrokerageAndCharges { get; init; }

    /// <summary>Collateral used (<c>collateral_used</c>).</summary>
    [JsonPropertyName("collateral_used")]
    public decimal CollateralUsed { get; init; }

    /// <summary>Collateral available (<c>collateral_available</c>).</summary>
    [JsonPropertyName("collateral_available")]
    public decimal CollateralAvailable { get; init; }

    /// <summary>Ad-hoc margin (<c>adhoc_margin</c>).</summary>
    [JsonPropertyName("adhoc_margin")]
    public decimal AdhocMargin { get; init; }

    /// <summary>F&amp;O details (<c>fno_margin_details</c>).</summary>
    [JsonPropertyName("fno_margin_details")]
    public GrowwFnoMarginDetails? FnoMarginDetails { get; init; }

    /// <summary>Equity details (<c>equity_margin_details</c>).</summary>
    [JsonPropertyName("equity_margin_details")]
    public GrowwEquityMarginDetails? EquityMarginDetails { get; init; }

    /// <summary>Commodity details (<c>commodity_margin_details</c>).</summary>
    [JsonPropertyName("commodity_margin_details")]
    public GrowwCommodityMarginDetails? CommodityMarginDetails { get; init; }
}
