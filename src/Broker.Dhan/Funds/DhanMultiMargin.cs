using System.Text.Json.Serialization;

namespace Broker.Dhan.Funds;

/// <summary>
/// The combined margin of several instruments (<c>POST /margincalculator/multi</c>). Reads the current camelCase
/// answer and the older snake_case one (<c>total_margin</c>, <c>hedge_benefit</c>) shown on the classic docs page.
/// </summary>
public sealed record DhanMultiMargin
{
    /// <summary>The client id.</summary>
    public string? ClientId { get; init; }

    /// <summary>The total margin.</summary>
    public decimal? TotalMargin { get; init; }

    /// <summary>SPAN margin.</summary>
    public decimal? SpanMargin { get; init; }

    /// <summary>Exposure margin.</summary>
    public decimal? Exposure { get; init; }

    /// <summary>Equity margin.</summary>
    public decimal? EquityMargin { get; init; }

    /// <summary>F&amp;O margin.</summary>
    public decimal? FoMargin { get; init; }

    /// <summary>Commodity margin.</summary>
    public decimal? Commodity { get; init; }

    /// <summary>Currency margin.</summary>
    public decimal? Currency { get; init; }

    /// <summary>Older answer shape: the total margin.</summary>
    [JsonPropertyName("total_margin")]
    public decimal? LegacyTotalMargin { get; init; }

    /// <summary>Older answer shape: the hedge benefit.</summary>
    [JsonPropertyName("hedge_benefit")]
    public decimal? HedgeBenefit { get; init; }
}
