using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Groww.SmartOrders;

/// <summary>
/// The status of a Groww smart order (<c>status</c>).
/// Open set: a value the SDK does not list is kept as sent, never a failure.
/// </summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<GrowwSmartOrderStatus>))]
public readonly record struct GrowwSmartOrderStatus(string Value) : IStringValue<GrowwSmartOrderStatus>
{
    /// <summary>Waiting for its trigger (<c>ACTIVE</c>).</summary>
    public static GrowwSmartOrderStatus Active { get; } = new("ACTIVE");

    /// <summary>Triggered (<c>TRIGGERED</c>).</summary>
    public static GrowwSmartOrderStatus Triggered { get; } = new("TRIGGERED");

    /// <summary>Cancelled (<c>CANCELLED</c>).</summary>
    public static GrowwSmartOrderStatus Cancelled { get; } = new("CANCELLED");

    /// <summary>Expired (<c>EXPIRED</c>).</summary>
    public static GrowwSmartOrderStatus Expired { get; } = new("EXPIRED");

    /// <summary>Failed (<c>FAILED</c>).</summary>
    public static GrowwSmartOrderStatus Failed { get; } = new("FAILED");

    /// <summary>Completed (<c>COMPLETED</c>).</summary>
    public static GrowwSmartOrderStatus Completed { get; } = new("COMPLETED");

    /// <summary><see langword="true"/> when no value was set (the default of the type).</summary>
    public bool IsEmpty => string.IsNullOrEmpty(Value);

    /// <inheritdoc />
    public static GrowwSmartOrderStatus FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
