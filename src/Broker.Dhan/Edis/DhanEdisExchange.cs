using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan.Edis;

/// <summary>The exchange of an EDIS form (<c>exchange</c>).</summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<DhanEdisExchange>))]
public readonly record struct DhanEdisExchange(string Value) : IStringValue<DhanEdisExchange>
{
    /// <summary><c>NSE</c>: NSE.</summary>
    public static readonly DhanEdisExchange Nse = new("NSE");

    /// <summary><c>BSE</c>: BSE.</summary>
    public static readonly DhanEdisExchange Bse = new("BSE");

    /// <summary><c>MCX</c>: MCX.</summary>
    public static readonly DhanEdisExchange Mcx = new("MCX");

    /// <summary><c>ALL</c>: All exchanges.</summary>
    public static readonly DhanEdisExchange All = new("ALL");

    /// <inheritdoc />
    public static DhanEdisExchange FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
