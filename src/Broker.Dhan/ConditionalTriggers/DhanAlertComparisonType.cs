using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan.ConditionalTriggers;

/// <summary>What an alert condition compares (<c>comparisonType</c>).</summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<DhanAlertComparisonType>))]
public readonly record struct DhanAlertComparisonType(string Value) : IStringValue<DhanAlertComparisonType>
{
    /// <summary><c>TECHNICAL_WITH_VALUE</c>: An indicator against a value (needs IndicatorName, Operator, TimeFrame, ComparingValue).</summary>
    public static readonly DhanAlertComparisonType TechnicalWithValue = new("TECHNICAL_WITH_VALUE");

    /// <summary><c>TECHNICAL_WITH_INDICATOR</c>: An indicator against another indicator (needs IndicatorName, Operator, TimeFrame, ComparingIndicatorName).</summary>
    public static readonly DhanAlertComparisonType TechnicalWithIndicator = new("TECHNICAL_WITH_INDICATOR");

    /// <summary><c>TECHNICAL_WITH_CLOSE</c>: An indicator against the close (needs IndicatorName, Operator, TimeFrame).</summary>
    public static readonly DhanAlertComparisonType TechnicalWithClose = new("TECHNICAL_WITH_CLOSE");

    /// <summary><c>PRICE_WITH_VALUE</c>: The price against a value (needs Operator, ComparingValue).</summary>
    public static readonly DhanAlertComparisonType PriceWithValue = new("PRICE_WITH_VALUE");

    /// <inheritdoc />
    public static DhanAlertComparisonType FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
