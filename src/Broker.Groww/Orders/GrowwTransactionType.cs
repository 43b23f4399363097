using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Groww;

/// <summary>
/// Buy or sell (<c>transaction_type</c>).
/// Open set: a value the SDK does not list is kept as sent, never a failure.
/// </summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<GrowwTransactionType>))]
public readonly record struct GrowwTransactionType(string Value) : IStringValue<GrowwTransactionType>
{
    /// <summary>Buy (<c>BUY</c>).</summary>
    public static GrowwTransactionType Buy { get; } = new("BUY");

    /// <summary>Sell (<c>SELL</c>).</summary>
    public static GrowwTransactionType Sell { get; } = new("SELL");

    /// <summary><see langword="true"/> when no value was set (the default of the type).</summary>
    public bool IsEmpty => string.IsNullOrEmpty(Value);

    /// <inheritdoc />
    public static GrowwTransactionType FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
