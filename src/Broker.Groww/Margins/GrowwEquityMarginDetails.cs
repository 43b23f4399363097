using System.Text.Json.Serialization;

namespace Broker.Groww.Margins;

/// <summary>Equity margin details (<c>equity_margin_details</c>), in rupees.</summary>
public sealed record GrowwEquityMarginDetails
{
    /// <summary>Net equity margin used (<c>net_equity_margin_used</c>).</summary>
    [JsonPropertyName("net_equity_margin_used")]
    public decimal NetEquityMarginUsed { get; init; }

    /// <summary>CNC margin used (<c>cnc_margin_used</c>).</summary>
    [JsonPropertyName("cnc_margin_used")]
    public decimal CncMarginUsed { get; init; }

    /// <summary>MIS margin used (<c>mis_margin_used</c>).</summary>
    [JsonPropertyName("mis_margin_used")]
    public decimal MisMarginUsed { get; init; }

    /// <summary>Balance available for CNC (<c>cnc_balance_available</c>).</summary>
    [JsonPropertyName("cnc_balance_available")]
    public decimal CncBalanceAvailable { get; init; }

    /// <summary>Balance available for MIS (<c>mis_balance_available</c>).</summary>
    [JsonPropertyName("mis_balance_available")]
    public decimal MisBalanceAvailable { get; init; }
}
