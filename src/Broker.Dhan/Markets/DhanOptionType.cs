using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan;

/// <summary>A derivative's option type (<c>drvOptionType</c>).</summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<DhanOptionType>))]
public readonly record struct DhanOptionType(string Value) : IStringValue<DhanOptionType>
{
    /// <summary><c>CALL</c>: Call option.</summary>
    public static readonly DhanOptionType Call = new("CALL");

    /// <summary><c>PUT</c>: Put option.</summary>
    public static readonly DhanOptionType Put = new("PUT");

    /// <inheritdoc />
    public static DhanOptionType FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
