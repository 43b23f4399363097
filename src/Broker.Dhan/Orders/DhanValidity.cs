using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan;

/// <summary>Order validity (<c>validity</c>).</summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<DhanValidity>))]
public readonly record struct DhanValidity(string Value) : IStringValue<DhanValidity>
{
    /// <summary><c>DAY</c>: Valid for the trading day.</summary>
    public static readonly DhanValidity Day = new("DAY");

    /// <summary><c>IOC</c>: Immediate or cancel.</summary>
    public static readonly DhanValidity Ioc = new("IOC");

    /// <inheritdoc />
    public static DhanValidity FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
