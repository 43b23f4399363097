using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan;

/// <summary>Buy or sell (<c>transactionType</c>).</summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<DhanTransactionType>))]
public readonly record struct DhanTransactionType(string Value) : IStringValue<DhanTransactionType>
{
    /// <summary><c>BUY</c>: Buy.</summary>
    public static readonly DhanTransactionType Buy = new("BUY");

    /// <summary><c>SELL</c>: Sell.</summary>
    public static readonly DhanTransactionType Sell = new("SELL");

    /// <inheritdoc />
    public static DhanTransactionType FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
