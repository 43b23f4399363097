using System.Text.Json.Serialization;

namespace Broker.Dhan.Historical;

/// <summary>The wire body of <c>POST /charts/historical</c> and <c>/charts/intraday</c>.</summary>
internal sealed class ChartBody
{
    public string? SecurityId { get; init; }

    public DhanExchangeSegment ExchangeSegment { get; init; }

    public DhanInstrumentType Instrument { get; init; }

    public string? Interval { get; init; }

    public int? ExpiryCode { get; init; }

    public bool Oi { get; init; }

    public string? FromDate { get; init; }

    public string? ToDate { get; init; }
}

/// <summary>The wire body of <c>POST /charts/rollingoption</c> (the underlying id is a number here).</summary>
internal sealed class RollingOptionBody
{
    public DhanExchangeSegment ExchangeSegment { get; init; }

    public string? Interval { get; init; }

    public long SecurityId { get; init; }

    public DhanInstrumentType Instrument { get; init; }

    public DhanExpiryFlag ExpiryFlag { get; init; }

    public int ExpiryCode { get; init; }

    public string? Strike { get; init; }

    public DhanOptionType DrvOptionType { get; init; }

    public List<string>? RequiredData { get; init; }

    public string? FromDate { get; init; }

    public string? ToDate { get; init; }
}

/// <summary>Dhan's column-array candle answer.</summary>
internal sealed class CandleColumns
{
    public List<decimal>? Open { get; init; }

    public List<decimal>? High { get; init; }

    public List<decimal>? Low { get; init; }

    public List<decimal>? Close { get; init; }

    public List<decimal>? Volume { get; init; }

    public List<decimal>? Timestamp { get; init; }

    [JsonPropertyName("open_interest")]
    public List<decimal>? OpenInterest { get; init; }

    public List<decimal>? Oi { get; init; }

    public List<decimal>? Iv { get; init; }

    public List<decimal>? Strike { get; init; }

    public List<decimal>? Spot { get; init; }
}

/// <summary>The <c>data</c> of the rolling-option answer: one side is null.</summary>
internal sealed class RollingOptionData
{
    public CandleColumns? Ce { get; init; }

    public CandleColumns? Pe { get; init; }
}
