namespace Broker.Sandbox;

/// <summary>
/// One postback the sandbox sent (or tried to send) to a Dhan account's <see cref="DhanSandboxAccount.PostbackUrl"/>,
/// as recorded in <see cref="BrokerSandbox.DhanPostbacks"/>. Holds no URL: a postback URL usually carries a secret.
/// </summary>
/// <param name="Sequence">The order in which the changes happened, from 1.</param>
/// <param name="ChangedAt">When the order changed, by the server clock (<see cref="BrokerSandbox.Clock"/>).</param>
/// <param name="AccountId">The Dhan client id whose order changed.</param>
/// <param name="OrderId">The order's id.</param>
/// <param name="OrderStatus">The Dhan status sent (<c>PENDING</c>, <c>PART_TRADED</c>, <c>TRADED</c>, <c>CANCELLED</c>, <c>REJECTED</c>).</param>
/// <param name="FilledQuantity">The <c>filled_qty</c> sent.</param>
/// <param name="Body">The JSON body exactly as sent.</param>
/// <param name="StatusCode">The receiver's HTTP status; 0 when it did not answer (refused, reset, timed out).</param>
/// <param name="Error">Why the delivery failed (no answer, or a non-2xx status); <see langword="null"/> when delivered.</param>
public sealed record SandboxPostback(
    long Sequence,
    DateTimeOffset ChangedAt,
    string AccountId,
    string OrderId,
    string OrderStatus,
    long FilledQuantity,
    string Body,
    int StatusCode,
    string? Error)
{
    /// <summary>Whether the receiver answered with a 2xx status.</summary>
    public bool Delivered => Error is null;
}
