using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Groww;

/// <summary>
/// An exchange as Groww names it (<c>exchange</c>).
/// Open set: a value the SDK does not list is kept as sent, never a failure.
/// </summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<GrowwExchange>))]
public readonly record struct GrowwExchange(string Value) : IStringValue<GrowwExchange>
{
    /// <summary>National Stock Exchange (<c>NSE</c>).</summary>
    public static GrowwExchange Nse { get; } = new("NSE");

    /// <summary>Bombay Stock Exchange (<c>BSE</c>).</summary>
    public static GrowwExchange Bse { get; } = new("BSE");

    /// <summary>Multi Commodity Exchange (commodity support is inconsistent in Groww's docs) (<c>MCX</c>).</summary>
    public static GrowwExchange Mcx { get; } = new("MCX");

    /// <summary><see langword="true"/> when no value was set (the default of the type).</summary>
    public bool IsEmpty => string.IsNullOrEmpty(Value);

    /// <inheritdoc />
    public static GrowwExchange FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
