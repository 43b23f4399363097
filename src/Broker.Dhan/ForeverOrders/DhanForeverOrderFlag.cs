using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan.ForeverOrders;

/// <summary>A forever order's kind (<c>orderFlag</c>).</summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<DhanForeverOrderFlag>))]
public readonly record struct DhanForeverOrderFlag(string Value) : IStringValue<DhanForeverOrderFlag>
{
    /// <summary><c>SINGLE</c>: One trigger (plain GTT).</summary>
    public static readonly DhanForeverOrderFlag SingleLeg = new("SINGLE");

    /// <summary><c>OCO</c>: One cancels the other: a target and a stop-loss leg.</summary>
    public static readonly DhanForeverOrderFlag Oco = new("OCO");

    /// <inheritdoc />
    public static DhanForeverOrderFlag FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
