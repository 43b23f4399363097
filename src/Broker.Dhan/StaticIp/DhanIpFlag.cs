using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan.StaticIp;

/// <summary>Which whitelisted address (<c>ipFlag</c>).</summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<DhanIpFlag>))]
public readonly record struct DhanIpFlag(string Value) : IStringValue<DhanIpFlag>
{
    /// <summary><c>PRIMARY</c>: The primary static IP.</summary>
    public static readonly DhanIpFlag Primary = new("PRIMARY");

    /// <summary><c>SECONDARY</c>: The secondary static IP.</summary>
    public static readonly DhanIpFlag Secondary = new("SECONDARY");

    /// <inheritdoc />
    public static DhanIpFlag FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
