using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Groww;

/// <summary>
/// A Groww product (<c>product</c>, <c>product_type</c> on smart orders).
/// Open set: a value the SDK does not list is kept as sent, never a failure.
/// </summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<GrowwProduct>))]
public readonly record struct GrowwProduct(string Value) : IStringValue<GrowwProduct>
{
    /// <summary>Cash and carry (delivery) (<c>CNC</c>).</summary>
    public static GrowwProduct Cnc { get; } = new("CNC");

    /// <summary>Margin intraday square-off (<c>MIS</c>).</summary>
    public static GrowwProduct Mis { get; } = new("MIS");

    /// <summary>Normal (carry-forward derivatives) (<c>NRML</c>).</summary>
    public static GrowwProduct Nrml { get; } = new("NRML");

    /// <summary><see langword="true"/> when no value was set (the default of the type).</summary>
    public bool IsEmpty => string.IsNullOrEmpty(Value);

    /// <inheritdoc />
    public static GrowwProduct FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
