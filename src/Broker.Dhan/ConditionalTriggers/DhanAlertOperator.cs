using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan.ConditionalTriggers;

/// <summary>An alert condition's operator (<c>operator</c>).</summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<DhanAlertOperator>))]
public readonly record struct DhanAlertOperator(string Value) : IStringValue<DhanAlertOperator>
{
    /// <summary><c>CROSSING_UP</c>: Crosses upwards.</summary>
    public static readonly DhanAlertOperator CrossingUp = new("CROSSING_UP");

    /// <summary><c>CROSSING_DOWN</c>: Crosses downwards.</summary>
    public static readonly DhanAlertOperator CrossingDown = new("CROSSING_DOWN");

    /// <summary><c>CROSSING_ANY_SIDE</c>: Crosses either way.</summary>
    public static readonly DhanAlertOperator CrossingAnySide = new("CROSSING_ANY_SIDE");

    /// <summary><c>GREATER_THAN</c>: Greater than.</summary>
    public static readonly DhanAlertOperator GreaterThan = new("GREATER_THAN");

    /// <summary><c>LESS_THAN</c>: Less than.</summary>
    public static readonly DhanAlertOperator LessThan = new("LESS_THAN");

    /// <summary><c>GREATER_THAN_EQUAL</c>: Greater than or equal.</summary>
    public static readonly DhanAlertOperator GreaterThanEqual = new("GREATER_THAN_EQUAL");

    /// <summary><c>LESS_THAN_EQUAL</c>: Less than or equal.</summary>
    public static readonly DhanAlertOperator LessThanEqual = new("LESS_THAN_EQUAL");

    /// <summary><c>EQUAL</c>: Equal.</summary>
    public static readonly DhanAlertOperator Equal = new("EQUAL");

    /// <summary><c>NOT_EQUAL</c>: Not equal.</summary>
    public static readonly DhanAlertOperator NotEqual = new("NOT_EQUAL");

    /// <inheritdoc />
    public static DhanAlertOperator FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
