namespace Broker.Dhan.ConditionalTriggers;

/// <summary>
/// The condition of a conditional trigger (equities and indices only). Which fields are required depends on
/// <see cref="ComparisonType"/>: TECHNICAL_WITH_VALUE needs IndicatorName, Operator, TimeFrame, ComparingValue;
/// TECHNICAL_WITH_INDICATOR needs IndicatorName, Operator, TimeFrame, ComparingIndicatorName; TECHNICAL_WITH_CLOSE
/// needs IndicatorName, Operator, TimeFrame; PRICE_WITH_VALUE needs Operator, ComparingValue.
/// </summary>
public sealed record DhanAlertCondition
{
    /// <summary>What is compared.</summary>
    public DhanAlertComparisonType ComparisonType { get; init; }

    /// <summary>NSE_EQ, BSE_EQ or IDX_I.</summary>
    public DhanExchangeSegment ExchangeSegment { get; init; }

    /// <summary>The security id watched.</summary>
    public string? SecurityId { get; init; }

    /// <summary>The indicator, such as <c>SMA_20</c>, <c>EMA_50</c>, <c>RSI_14</c>, <c>BB_UPPER</c>, <c>MACD_HIST</c>.</summary>
    public string? IndicatorName { get; init; }

    /// <summary>The candle time frame.</summary>
    public DhanAlertTimeFrame? TimeFrame { get; init; }

    /// <summary>The operator.</summary>
    public DhanAlertOperator Operator { get; init; }

    /// <summary>The value compared against.</summary>
    public decimal? ComparingValue { get; init; }

    /// <summary>The indicator compared against.</summary>
    public string? ComparingIndicatorName { get; init; }

    /// <summary>When the alert expires (<c>expDate</c>).</summary>
    public DateOnly? ExpDate { get; init; }

    /// <summary>How often it fires. Default ONCE.</summary>
    public DhanAlertFrequency Frequency { get; init; } = DhanAlertFrequency.Once;

    /// <summary>A note for yourself.</summary>
    public string? UserNote { get; init; }
}
