using Broker.Errors;
using Broker.Validation;

namespace Broker.Dhan.Orders;

/// <summary>
/// Dhan orders: place, modify, cancel, slice, the order book and the trade book. Order writes are never retried by
/// the SDK; when the outcome of one is unknown an <see cref="OrderOutcomeUnknownException"/> carries
/// the correlation id to reconcile with <see cref="FindOrderByReferenceAsync"/>.
/// </summary>
public interface IDhanOrdersClient
{
    /// <summary>
    /// What this account accepts as a <c>correlationId</c>: 1 to <see cref="DhanClientOptions.MaxCorrelationIdLength"/>
    /// letters, digits, spaces, <c>_</c> and <c>-</c>. Every Dhan order write and the Dhan trading client check it.
    /// </summary>
    ClientReferenceRule ClientReferenceRule { get; }

    /// <summary>Places an order (<c>POST /orders</c>), generating a correlation id when the request has none.</summary>
    /// <param name="request">The order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Dhan's order id and status, and the correlation id sent.</returns>
    Task<DhanOrderPlacement> PlaceOrderAsync(DhanPlaceOrderRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Places an order only if no order with its correlation id exists yet, for retrying after an unknown outcome. It
    /// looks the id up first (<c>GET /orders/external/{correlation-id}</c>, then the order book, where an order still in
    /// TRANSIT can show before the first look-up finds it) and returns the existing order with
    /// <see cref="DhanOrderPlacement.AlreadyPlaced"/> set when there is one.
    /// </summary>
    /// <remarks>
    /// <para>Dhan does not reject a duplicate correlation id, so this look-up is the only guard. Pass the
    /// <see cref="OrderOutcomeUnknownException"/> of the earlier attempt as <paramref name="previousAttempt"/>: the
    /// look-ups are then repeated until <see cref="DhanClientOptions.IdempotentPlacementSettleWindow"/> (about 3 s) has
    /// passed since that attempt, because a just-sent order can be invisible to both for a moment.</para>
    /// <para>What remains: an order that becomes visible only after the settle window, or a retry that gives only the
    /// correlation id seconds after the unknown outcome (no wait is made then), can still be placed twice. Widen the window
    /// if you see Dhan take longer.</para>
    /// </remarks>
    /// <param name="request">The order; give it a <see cref="DhanPlaceOrderRequest.CorrelationId"/> to make retries safe.</param>
    /// <param name="previousAttempt">The unknown outcome being retried; its correlation id is used.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new or the existing order.</returns>
    Task<DhanOrderPlacement> PlaceOrderIdempotentAsync(DhanPlaceOrderRequest request, OrderOutcomeUnknownException? previousAttempt = null, CancellationToken cancellationToken = default);

    /// <summary>Places an order that Dhan splits into exchange-freeze-sized slices (<c>POST /orders/slicing</c>).</summary>
    /// <param name="request">The order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One acknowledgement per slice and the correlation id sent.</returns>
    Task<DhanSlicedOrderPlacement> SliceOrderAsync(DhanPlaceOrderRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Modifies an open order (<c>PUT /orders/{order-id}</c>). Dhan allows 25 modifications per order; the SDK refuses
    /// the next one locally with a validation error.
    /// </summary>
    /// <param name="orderId">Dhan's order id.</param>
    /// <param name="request">The change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The acknowledgement.</returns>
    Task<DhanOrderAcknowledgement> ModifyOrderAsync(string orderId, DhanModifyOrderRequest request, CancellationToken cancellationToken = default);

    /// <summary>Cancels an open order (<c>DELETE /orders/{order-id}</c>).</summary>
    /// <param name="orderId">Dhan's order id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The acknowledgement (status empty when Dhan answered 202 without a body).</returns>
    Task<DhanOrderAcknowledgement> CancelOrderAsync(string orderId, CancellationToken cancellationToken = default);

    /// <summary>Today's orders (<c>GET /orders</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order book.</returns>
    Task<IReadOnlyList<DhanOrder>> GetOrdersAsync(CancellationToken cancellationToken = default);

    /// <summary>One order by Dhan's id (<c>GET /orders/{order-id}</c>).</summary>
    /// <param name="orderId">Dhan's order id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order, or <see langword="null"/> when Dhan knows no such order (it answers <c>200 []</c>).</returns>
    Task<DhanOrder?> FindOrderAsync(string orderId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits until an order is final (<see cref="DhanOrderStatus.IsTerminal"/>: TRADED, REJECTED, CANCELLED, EXPIRED or
    /// CLOSED) by reading it every <paramref name="pollInterval"/> (<c>GET /orders/{order-id}</c>, within the
    /// account's non-trading rate limit). Dhan acknowledges most placements as <c>TRANSIT</c> and rejects later
    /// (margin, RMS, exchange checks): this is how to learn that, with the reason in <see cref="DhanOrder.RejectionReason"/>.
    /// </summary>
    /// <param name="orderId">Dhan's order id.</param>
    /// <param name="timeout">How long to wait, on the registered clock; more than zero, at most one day.</param>
    /// <param name="pollInterval">The pause between reads; one second when <see langword="null"/>, at least 100 ms.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>
    /// The final order; when the timeout passes first, the last state read (not final: a resting limit order, for
    /// example); <see langword="null"/> when Dhan never listed the order.
    /// </returns>
    /// <exception cref="Broker.Errors.BrokerValidationException">The id, timeout or interval is invalid; nothing was sent.</exception>
    Task<DhanOrder?> WaitForFinalStatusAsync(string orderId, TimeSpan timeout, TimeSpan? pollInterval = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// One order by your correlation id (<c>GET /orders/external/{correlation-id}</c>), for reconciliation after an
    /// unknown outcome. When several orders share the id (Dhan does not deduplicate) the most recent is returned.
    /// </summary>
    /// <param name="correlationId">The correlation id sent with the order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order, or <see langword="null"/> when none is known (Dhan answers 404 DH-906 or <c>[]</c>).</returns>
    Task<DhanOrder?> FindOrderByReferenceAsync(string correlationId, CancellationToken cancellationToken = default);

    /// <summary>Today's trades (<c>GET /trades</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The trade book.</returns>
    Task<IReadOnlyList<DhanTrade>> GetTradesAsync(CancellationToken cancellationToken = default);

    /// <summary>The trades of one order (<c>GET /trades/{order-id}</c>).</summary>
    /// <param name="orderId">Dhan's order id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order's fills.</returns>
    Task<IReadOnlyList<DhanTrade>> GetTradesOfOrderAsync(string orderId, CancellationToken cancellationToken = default);
}
