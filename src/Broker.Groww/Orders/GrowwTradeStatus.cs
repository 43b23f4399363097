using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Groww.Orders;

/// <summary>
/// The status of a fill (<c>trade_status</c>).
/// Open set: a value the SDK does not list is kept as sent, never a failure.
/// </summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<GrowwTradeStatus>))]
public readonly record struct GrowwTradeStatus(string Value) : IStringValue<GrowwTradeStatus>
{
    /// <summary>Executed (<c>EXECUTED</c>).</summary>
    public static GrowwTradeStatus Executed { get; } = new("EXECUTED");

    /// <summary>Awaiting delivery (<c>DELIVERY_AWAITED</c>).</summary>
    public static GrowwTradeStatus DeliveryAwaited { get; } = new("DELIVERY_AWAITED");

    /// <summary>Completed (<c>COMPLETED</c>).</summary>
    public static GrowwTradeStatus Completed { get; } = new("COMPLETED");

    /// <summary>Cancelled (<c>CANCELLED</c>).</summary>
    public static GrowwTradeStatus Cancelled { get; } = new("CANCELLED");

    /// <summary><see langword="true"/> when no value was set (the default of the type).</summary>
    public bool IsEmpty => string.IsNullOrEmpty(Value);

    /// <inheritdoc />
    public static GrowwTradeStatus FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
