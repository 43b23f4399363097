using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Groww.Orders;

/// <summary>
/// The status of a Groww order (<c>order_status</c>). Groww's docs list twelve values, yet their own examples show <c>OPEN</c>; any value is accepted.
/// Open set: a value the SDK does not list is kept as sent, never a failure.
/// </summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<GrowwOrderStatus>))]
public readonly record struct GrowwOrderStatus(string Value) : IStringValue<GrowwOrderStatus>
{
    /// <summary>Received by Groww (<c>NEW</c>).</summary>
    public static GrowwOrderStatus New { get; } = new("NEW");

    /// <summary>Acknowledged by the exchange (<c>ACKED</c>).</summary>
    public static GrowwOrderStatus Acked { get; } = new("ACKED");

    /// <summary>A stop-loss order waiting for its trigger (<c>TRIGGER_PENDING</c>).</summary>
    public static GrowwOrderStatus TriggerPending { get; } = new("TRIGGER_PENDING");

    /// <summary>Approved by Groww's risk checks (<c>APPROVED</c>).</summary>
    public static GrowwOrderStatus Approved { get; } = new("APPROVED");

    /// <summary>Rejected (terminal) (<c>REJECTED</c>).</summary>
    public static GrowwOrderStatus Rejected { get; } = new("REJECTED");

    /// <summary>Failed (terminal) (<c>FAILED</c>).</summary>
    public static GrowwOrderStatus Failed { get; } = new("FAILED");

    /// <summary>Filled; may still move to DELIVERY_AWAITED or COMPLETED (<c>EXECUTED</c>).</summary>
    public static GrowwOrderStatus Executed { get; } = new("EXECUTED");

    /// <summary>Filled, awaiting delivery (<c>DELIVERY_AWAITED</c>).</summary>
    public static GrowwOrderStatus DeliveryAwaited { get; } = new("DELIVERY_AWAITED");

    /// <summary>Cancelled (terminal) (<c>CANCELLED</c>).</summary>
    public static GrowwOrderStatus Cancelled { get; } = new("CANCELLED");

    /// <summary>Cancellation sent, not yet confirmed (<c>CANCELLATION_REQUESTED</c>).</summary>
    public static GrowwOrderStatus CancellationRequested { get; } = new("CANCELLATION_REQUESTED");

    /// <summary>Modification sent, not yet confirmed (<c>MODIFICATION_REQUESTED</c>).</summary>
    public static GrowwOrderStatus ModificationRequested { get; } = new("MODIFICATION_REQUESTED");

    /// <summary>Completed (terminal) (<c>COMPLETED</c>).</summary>
    public static GrowwOrderStatus Completed { get; } = new("COMPLETED");

    /// <summary>Open at the exchange (seen in Groww's examples, not in its list) (<c>OPEN</c>).</summary>
    public static GrowwOrderStatus Open { get; } = new("OPEN");

    /// <summary>
    /// <see langword="true"/> for statuses after which the order can no longer change: REJECTED, FAILED, CANCELLED,
    /// COMPLETED. EXECUTED is not final (it may still move to DELIVERY_AWAITED or COMPLETED).
    /// </summary>
    public bool IsTerminal => Value is "REJECTED" or "FAILED" or "CANCELLED" or "COMPLETED";

    /// <summary>
    /// <see langword="true"/> once the order's outcome is known: filled (EXECUTED, DELIVERY_AWAITED, COMPLETED), refused
    /// (REJECTED, FAILED) or cancelled (CANCELLED). A filled delivery order still moves on to COMPLETED after
    /// settlement, so this is what to wait for, not <see cref="IsTerminal"/>.
    /// </summary>
    public bool IsOutcomeKnown => IsTerminal || Value is "EXECUTED" or "DELIVERY_AWAITED";

    /// <summary><see langword="true"/> when no value was set (the default of the type).</summary>
    public bool IsEmpty => string.IsNullOrEmpty(Value);

    /// <inheritdoc />
    public static GrowwOrderStatus FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
