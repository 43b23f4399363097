using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Broker.Dhan.Funds;

/// <summary>
/// The wire form of <c>POST /margincalculator/multi</c>'s answer, holding both documented forms; <see cref="ToModel"/>
/// folds them into one <see cref="DhanMultiMargin"/>.
/// </summary>
internal sealed class MultiMarginAnswer
{
    public string? ClientId { get; init; }

    public string? DhanClientId { get; init; }

    public decimal? TotalMargin { get; init; }

    [JsonPropertyName("total_margin")]
    public decimal? ClassicTotalMargin { get; init; }

    public decimal? SpanMargin { get; init; }

    [JsonPropertyName("span_margin")]
    public decimal? ClassicSpanMargin { get; init; }

    public decimal? Exposure { get; init; }

    public decimal? ExposureMargin { get; init; }

    [JsonPropertyName("exposure_margin")]
    public decimal? ClassicExposureMargin { get; init; }

    public decimal? EquityMargin { get; init; }

    [JsonPropertyName("equity_margin")]
    public decimal? ClassicEquityMargin { get; init; }

    public decimal? FoMargin { get; init; }

    [JsonPropertyName("fo_margin")]
    public decimal? ClassicFoMargin { get; init; }

    public decimal? Commodity { get; init; }

    [JsonPropertyName("commodity_margin")]
    public decimal? ClassicCommodityMargin { get; init; }

    // A number in the current form, a currency code ("INR") in the classic one.
    public JsonElement? Currency { get; init; }

    public decimal? HedgeBenefit { get; init; }

    [JsonPropertyName("hedge_benefit")]
    public decimal? ClassicHedgeBenefit { get; init; }

    public DhanMultiMargin ToModel()
    {
        var (currencyMargin, currencyCode) = ReadCurrency(Currency);
        return new DhanMultiMargin
        {
            ClientId = ClientId ?? DhanClientId,
            TotalMargin = TotalMargin ?? ClassicTotalMargin,
            SpanMargin = SpanMargin ?? ClassicSpanMargin,
            Exposure = Exposure ?? ExposureMargin ?? ClassicExposureMargin,
            EquityMargin = EquityMargin ?? ClassicEquityMargin,
            FoMargin = FoMargin ?? ClassicFoMargin,
            Commodity = Commodity ?? ClassicCommodityMargin,
            Currency = currencyMargin,
            CurrencyCode = currencyCode,
            HedgeBenefit = HedgeBenefit ?? ClassicHedgeBenefit,
        };
    }

    private static (decimal? Margin, string? Code) ReadCurrency(JsonElement? currency)
    {
        switch (currency)
        {
            case { ValueKind: JsonValueKind.Number } number:
                return (number.TryGetDecimal(out var amount) ? amount : null, null);
            case { ValueKind: JsonValueKind.String } text:
                var value = text.GetString()?.Trim();
                if (string.IsNullOrEmpty(value) || value.Equals("NA", StringComparison.OrdinalIgnoreCase))
                {
                    return (null, null);
                }

                return decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? (parsed, null) : (null, value);
            default:
                return (null, null);
        }
    }
}
