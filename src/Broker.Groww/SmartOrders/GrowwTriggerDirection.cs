using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Groww.SmartOrders;

/// <summary>
/// Which way the price must cross the trigger (<c>trigger_direction</c>).
/// Open set: a value the SDK does not list is kept as sent, never a failure.
/// </summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<GrowwTriggerDirection>))]
public readonly record struct GrowwTriggerDirection(string Value) : IStringValue<GrowwTriggerDirection>
{
    /// <summary>Trigger when the price rises to the trigger price (<c>UP</c>).</summary>
    public static GrowwTriggerDirection Up { get; } = new("UP");

    /// <summary>Trigger when the price falls to the trigger price (<c>DOWN</c>).</summary>
    public static GrowwTriggerDirection Down { get; } = new("DOWN");

    /// <summary><see langword="true"/> when no value was set (the default of the type).</summary>
    public bool IsEmpty => string.IsNullOrEmpty(Value);

    /// <inheritdoc />
    public static GrowwTriggerDirection FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
