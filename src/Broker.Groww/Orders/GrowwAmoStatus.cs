using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Groww.Orders;

/// <summary>
/// The after-market-order status of a Groww order (<c>amo_status</c>).
/// Open set: a value the SDK does not list is kept as sent, never a failure.
/// </summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<GrowwAmoStatus>))]
public readonly record struct GrowwAmoStatus(string Value) : IStringValue<GrowwAmoStatus>
{
    /// <summary>Not an after-market order (<c>NA</c>).</summary>
    public static GrowwAmoStatus NotApplicable { get; } = new("NA");

    /// <summary>Waiting to be sent (<c>PENDING</c>).</summary>
    public static GrowwAmoStatus Pending { get; } = new("PENDING");

    /// <summary>Sent to the exchange (<c>DISPATCHED</c>).</summary>
    public static GrowwAmoStatus Dispatched { get; } = new("DISPATCHED");

    /// <summary>Parked until the market opens (<c>PARKED</c>).</summary>
    public static GrowwAmoStatus Parked { get; } = new("PARKED");

    /// <summary>Placed at the exchange (<c>PLACED</c>).</summary>
    public static GrowwAmoStatus Placed { get; } = new("PLACED");

    /// <summary>Failed (<c>FAILED</c>).</summary>
    public static GrowwAmoStatus Failed { get; } = new("FAILED");

    /// <summary>Converted to a market-hours order (<c>MARKET</c>).</summary>
    public static GrowwAmoStatus Market { get; } = new("MARKET");

    /// <summary><see langword="true"/> when no value was set (the default of the type).</summary>
    public bool IsEmpty => string.IsNullOrEmpty(Value);

    /// <inheritdoc />
    public static GrowwAmoStatus FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
