using System.Text.Json.Serialization;

namespace Broker.Groww.Margins;

/// <summary>Commodity margin details (<c>commodity_margin_details</c>), in rupees.</summary>
public sealed record GrowwCommodityMarginDetails
{
    /// <summary>SPAN margin (<c>commodity_span_margin</c>).</summary>
    [JsonPropertyName("commodity_span_margin")]
    public decimal CommoditySpanMargin { get; init; }

    /// <summary>Exposure margin (<c>commodity_exposure_margin</c>).</summary>
    [JsonPropertyName("commodity_exposure_margin")]
    public decimal CommodityExposureMargin { get; init; }

    /// <summary>Tender margin (<c>commodity_tender_margin</c>).</summary>
    [JsonPropertyName("commodity_tender_margin")]
    public decimal CommodityTenderMargin { get; init; }

    /// <summary>Special margin (<c>commodity_special_margin</c>).</summary>
    [JsonPropertyName("commodity_special_margin")]
    public decimal CommoditySpecialMargin { get; init; }

    /// <summary>Additional margin (<c>commodity_additional_margin</c>).</summary>
    [JsonPropertyName("commodity_additional_margin")]
    public decimal CommodityAdditionalMargin { get; init; }

    /// <summary>Unrealised mark-to-market (<c>commodity_unrealised_m2m</c>).</summary>
    [JsonPropertyName("commodity_unrealised_m2m")]
    public decimal CommodityUnrealisedM2m { get; init; }

    /// <summary>Realised mark-to-market (<c>commodity_realised_m2m</c>).</summary>
    [JsonPropertyName("commodity_realised_m2m")]
    public decimal CommodityRealisedM2m { get; init; }
}
