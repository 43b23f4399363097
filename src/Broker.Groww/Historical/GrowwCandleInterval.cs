using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Groww.Historical;

/// <summary>
/// A candle interval of the historical candles API (<c>candle_interval</c>).
/// Open set: a value the SDK does not list is kept as sent, never a failure.
/// </summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<GrowwCandleInterval>))]
public readonly record struct GrowwCandleInterval(string Value) : IStringValue<GrowwCandleInterval>
{
    /// <summary>One minute (<c>1minute</c>).</summary>
    public static GrowwCandleInterval OneMinute { get; } = new("1minute");

    /// <summary>Two minutes (<c>2minute</c>).</summary>
    public static GrowwCandleInterval TwoMinutes { get; } = new("2minute");

    /// <summary>Three minutes (<c>3minute</c>).</summary>
    public static GrowwCandleInterval ThreeMinutes { get; } = new("3minute");

    /// <summary>Five minutes (<c>5minute</c>).</summary>
    public static GrowwCandleInterval FiveMinutes { get; } = new("5minute");

    /// <summary>Ten minutes (<c>10minute</c>).</summary>
    public static GrowwCandleInterval TenMinutes { get; } = new("10minute");

    /// <summary>Fifteen minutes (<c>15minute</c>).</summary>
    public static GrowwCandleInterval FifteenMinutes { get; } = new("15minute");

    /// <summary>Thirty minutes (<c>30minute</c>).</summary>
    public static GrowwCandleInterval ThirtyMinutes { get; } = new("30minute");

    /// <summary>One hour (<c>1hour</c>).</summary>
    public static GrowwCandleInterval OneHour { get; } = new("1hour");

    /// <summary>Four hours (<c>4hour</c>).</summary>
    public static GrowwCandleInterval FourHours { get; } = new("4hour");

    /// <summary>One day (<c>1day</c>).</summary>
    public static GrowwCandleInterval OneDay { get; } = new("1day");

    /// <summary>One week (<c>1week</c>).</summary>
    public static GrowwCandleInterval OneWeek { get; } = new("1week");

    /// <summary>One month (<c>1month</c>).</summary>
    public static GrowwCandleInterval OneMonth { get; } = new("1month");

    /// <summary><see langword="true"/> when no value was set (the default of the type).</summary>
    public bool IsEmpty => string.IsNullOrEmpty(Value);

    /// <inheritdoc />
    public static GrowwCandleInterval FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
