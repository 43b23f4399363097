using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Groww;

/// <summary>
/// A Groww segment (<c>segment</c>): CASH for stocks, ETFs and indices, FNO for derivatives, COMMODITY for MCX contracts.
/// Open set: a value the SDK does not list is kept as sent, never a failure.
/// </summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<GrowwSegment>))]
public readonly record struct GrowwSegment(string Value) : IStringValue<GrowwSegment>
{
    /// <summary>Equity cash segment (<c>CASH</c>).</summary>
    public static GrowwSegment Cash { get; } = new("CASH");

    /// <summary>Futures and options (<c>FNO</c>).</summary>
    public static GrowwSegment Fno { get; } = new("FNO");

    /// <summary>Commodity derivatives on MCX (<c>COMMODITY</c>).</summary>
    public static GrowwSegment Commodity { get; } = new("COMMODITY");

    /// <summary><see langword="true"/> when no value was set (the default of the type).</summary>
    public bool IsEmpty => string.IsNullOrEmpty(Value);

    /// <inheritdoc />
    public static GrowwSegment FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
