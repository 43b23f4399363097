using System.Text.Json.Serialization;

namespace Broker.Groww.Margins;

/// <summary>F&amp;O margin details (<c>fno_margin_details</c>), in rupees.</summary>
public sealed record GrowwFnoMarginDetails
{
    /// <summary>Net F&amp;O margin used (<c>net_fno_margin_used</c>).</summary>
    [JsonPropertyName("net_fno_margin_used")]
    public decimal NetFnoMarginUsed { get; init; }

    /// <summary>SPAN margin used (<c>span_margin_used</c>).</summary>
    [JsonPropertyName("span_margin_used")]
    public decimal SpanMarginUsed { get; init; }

    /// <summary>Exposure margin used (<c>exposure_margin_used</c>).</summary>
    [JsonPropertyName("exposure_margin_used")]
    public decimal ExposureMarginUsed { get; init; }

    /// <summary>Balance available for futures (<c>future_balance_available</c>).</summary>
    [JsonPropertyName("future_balance_available")]
    public decimal FutureBalanceAvailable { get; init; }

    /// <summary>Balance available for buying options (<c>option_buy_balance_available</c>).</summary>
    [JsonPropertyName("option_buy_balance_available")]
    public decimal OptionBuyBalanceAvailable { get; init; }

    /// <summary>Balance available for selling options (<c>option_sell_balance_available</c>).</summary>
    [JsonPropertyName("option_sell_balance_available")]
    public decimal OptionSellBalanceAvailable { get; init; }
}
