using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan.Portfolio;

/// <summary>A position's direction (<c>positionType</c>).</summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<DhanPositionType>))]
public readonly record struct DhanPositionType(string Value) : IStringValue<DhanPositionType>
{
    /// <summary><c>LONG</c>: Net long.</summary>
    public static readonly DhanPositionType LongPosition = new("LONG");

    /// <summary><c>SHORT</c>: Net short.</summary>
    public static readonly DhanPositionType ShortPosition = new("SHORT");

    /// <summary><c>CLOSED</c>: Flat.</summary>
    public static readonly DhanPositionType Closed = new("CLOSED");

    /// <inheritdoc />
    public static DhanPositionType FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
