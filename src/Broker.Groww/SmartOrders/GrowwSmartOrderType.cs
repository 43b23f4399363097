using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Groww.SmartOrders;

/// <summary>
/// The kind of a Groww smart order (<c>smart_order_type</c>).
/// Open set: a value the SDK does not list is kept as sent, never a failure.
/// </summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<GrowwSmartOrderType>))]
public readonly record struct GrowwSmartOrderType(string Value) : IStringValue<GrowwSmartOrderType>
{
    /// <summary>Good Till Triggered (<c>GTT</c>).</summary>
    public static GrowwSmartOrderType Gtt { get; } = new("GTT");

    /// <summary>One Cancels the Other (<c>OCO</c>).</summary>
    public static GrowwSmartOrderType Oco { get; } = new("OCO");

    /// <summary><see langword="true"/> when no value was set (the default of the type).</summary>
    public bool IsEmpty => string.IsNullOrEmpty(Value);

    /// <inheritdoc />
    public static GrowwSmartOrderType FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
