using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan.Orders;

/// <summary>An order status (<c>orderStatus</c>). Compare with the static members; unknown values are kept.</summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<DhanOrderStatus>))]
public readonly record struct DhanOrderStatus(string Value) : IStringValue<DhanOrderStatus>
{
    /// <summary><c>TRANSIT</c>: Accepted by Dhan, not yet at the exchange (the usual acknowledgement).</summary>
    public static readonly DhanOrderStatus Transit = new("TRANSIT");

    /// <summary><c>PENDING</c>: Open at the exchange.</summary>
    public static readonly DhanOrderStatus Pending = new("PENDING");

    /// <summary><c>CLOSED</c>: Super order: entry and one exit leg done.</summary>
    public static readonly DhanOrderStatus Closed = new("CLOSED");

    /// <summary><c>TRIGGERED</c>: A stop or super-order leg was triggered.</summary>
    public static readonly DhanOrderStatus Triggered = new("TRIGGERED");

    /// <summary><c>REJECTED</c>: Rejected by RMS or the exchange (reason in <c>omsErrorDescription</c>).</summary>
    public static readonly DhanOrderStatus Rejected = new("REJECTED");

    /// <summary><c>CANCELLED</c>: Cancelled.</summary>
    public static readonly DhanOrderStatus Cancelled = new("CANCELLED");

    /// <summary><c>PART_TRADED</c>: Partly filled.</summary>
    public static readonly DhanOrderStatus PartTraded = new("PART_TRADED");

    /// <summary><c>TRADED</c>: Completely filled.</summary>
    public static readonly DhanOrderStatus Traded = new("TRADED");

    /// <summary><c>EXPIRED</c>: Expired unfilled.</summary>
    public static readonly DhanOrderStatus Expired = new("EXPIRED");

    /// <summary><c>MODIFIED</c>: Modified (OpenAPI only).</summary>
    public static readonly DhanOrderStatus Modified = new("MODIFIED");

    /// <summary><c>INACTIVE</c>: Inactive (OpenAPI only).</summary>
    public static readonly DhanOrderStatus Inactive = new("INACTIVE");

    /// <summary><c>CONFIRM</c>: Forever order confirmed.</summary>
    public static readonly DhanOrderStatus Confirm = new("CONFIRM");

    /// <summary>
    /// <see langword="true"/> for statuses after which the order can no longer change: TRADED, REJECTED, CANCELLED,
    /// EXPIRED, and CLOSED (a super order whose exit leg completed). PART_TRADED, PENDING and TRANSIT are not final.
    /// </summary>
    public bool IsTerminal => Value is "TRADED" or "REJECTED" or "CANCELLED" or "EXPIRED" or "CLOSED";

    /// <inheritdoc />
    public static DhanOrderStatus FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
