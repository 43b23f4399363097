using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan.ConditionalTriggers;

/// <summary>An alert's status (<c>alertStatus</c>).</summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<DhanAlertStatus>))]
public readonly record struct DhanAlertStatus(string Value) : IStringValue<DhanAlertStatus>
{
    /// <summary><c>ACTIVE</c>: Waiting for its condition.</summary>
    public static readonly DhanAlertStatus Active = new("ACTIVE");

    /// <summary><c>TRIGGERED</c>: Fired.</summary>
    public static readonly DhanAlertStatus Triggered = new("TRIGGERED");

    /// <summary><c>EXPIRED</c>: Expired unfired.</summary>
    public static readonly DhanAlertStatus Expired = new("EXPIRED");

    /// <summary><c>CANCELLED</c>: Deleted.</summary>
    public static readonly DhanAlertStatus Cancelled = new("CANCELLED");

    /// <inheritdoc />
    public static DhanAlertStatus FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
