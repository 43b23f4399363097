using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan.ConditionalTriggers;

/// <summary>The candle time frame an alert evaluates (<c>timeFrame</c>).</summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<DhanAlertTimeFrame>))]
public readonly record struct DhanAlertTimeFrame(string Value) : IStringValue<DhanAlertTimeFrame>
{
    /// <summary><c>DAY</c>: Daily candles.</summary>
    public static readonly DhanAlertTimeFrame Day = new("DAY");

    /// <summary><c>ONE_MIN</c>: One-minute candles.</summary>
    public static readonly DhanAlertTimeFrame OneMinute = new("ONE_MIN");

    /// <summary><c>FIVE_MIN</c>: Five-minute candles.</summary>
    public static readonly DhanAlertTimeFrame FiveMinutes = new("FIVE_MIN");

    /// <summary><c>FIFTEEN_MIN</c>: Fifteen-minute candles.</summary>
    public static readonly DhanAlertTimeFrame FifteenMinutes = new("FIFTEEN_MIN");

    /// <inheritdoc />
    public static DhanAlertTimeFrame FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
