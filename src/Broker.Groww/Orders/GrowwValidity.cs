using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Groww;

/// <summary>
/// How long an order stays live (<c>validity</c>, <c>duration</c> on smart orders). Groww documents only DAY.
/// Open set: a value the SDK does not list is kept as sent, never a failure.
/// </summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<GrowwValidity>))]
public readonly record struct GrowwValidity(string Value) : IStringValue<GrowwValidity>
{
    /// <summary>Valid for the trading day (<c>DAY</c>).</summary>
    public static GrowwValidity Day { get; } = new("DAY");

    /// <summary><see langword="true"/> when no value was set (the default of the type).</summary>
    public bool IsEmpty => string.IsNullOrEmpty(Value);

    /// <inheritdoc />
    public static GrowwValidity FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
