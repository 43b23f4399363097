using System.Text.Json.Serialization;

namespace Broker.Groww.Margins;

/// <summary>The margin an order or basket needs (<c>POST /v1/margins/detail/orders</c>), in rupees. Groww omits keys that do not apply; they read as null.</summary>
public sealed record GrowwRequiredMargin
{
    /// <summary>Exposure margin (<c>exposure_required</c>).</summary>
    [JsonPropertyName("exposure_required")]
    public decimal? ExposureRequired { get; init; }

    /// <summary>SPAN margin (<c>span_required</c>).</summary>
    [JsonPropertyName("span_required")]
    public decimal? SpanRequired { get; init; }

    /// <summary>Premium for bought options (<c>option_buy_premium</c>).</summary>
    [JsonPropertyName("option_buy_premium")]
    public decimal? OptionBuyPremium { get; init; }

    /// <summary>Brokerage and charges (<c>brokerage_and_charges</c>).</summary>
    [JsonPropertyName("brokerage_and_charges")]
    public decimal? BrokerageAndCharges { get; init; }

    /// <summary>The total requirement (<c>total_requirement</c>).</summary>
    [JsonPropertyName("total_requirement")]
    public decimal? TotalRequirement { get; init; }

    /// <summary>CNC margin (<c>cash_cnc_margin_required</c>).</summary>
    [JsonPropertyName("cash_cnc_margin_required")]
    public decimal? CashCncMarginRequired { get; init; }

    /// <summary>MIS margin (<c>cash_mis_margin_required</c>).</summary>
    [JsonPropertyName("cash_mis_margin_required")]
    public decimal? CashMisMarginRequired { get; init; }

    /// <summary>Physical-delivery margin (<c>physical_delivery_margin_requirement</c>).</summary>
    [JsonPropertyName("physical_delivery_margin_requirement")]
    public decimal? PhysicalDeliveryMarginRequirement { get; init; }
}
