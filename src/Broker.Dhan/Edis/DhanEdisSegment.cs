using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan.Edis;

/// <summary>The segment of an EDIS form (<c>segment</c>).</summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<DhanEdisSegment>))]
public readonly record struct DhanEdisSegment(string Value) : IStringValue<DhanEdisSegment>
{
    /// <summary><c>EQ</c>: Equity.</summary>
    public static readonly DhanEdisSegment Equity = new("EQ");

    /// <summary><c>COMM</c>: Commodity.</summary>
    public static readonly DhanEdisSegment Commodity = new("COMM");

    /// <summary><c>FNO</c>: Futures and options.</summary>
    public static readonly DhanEdisSegment Fno = new("FNO");

    /// <inheritdoc />
    public static DhanEdisSegment FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
