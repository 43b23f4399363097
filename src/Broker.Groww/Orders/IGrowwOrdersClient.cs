using Broker.Errors;
using Broker.Validation;

namespace Broker.Groww.Orders;

/// <summary>
/// Groww orders: place, modify, cancel, and look up by Groww order id or by your reference. Order writes are never
/// retried by the SDK; every placement carries an <c>order_reference_id</c> so its outcome can always be reconciled.
/// </summary>
public interface IGrowwOrdersClient
{
    /// <summary>
    /// What Groww accepts as an <c>order_reference_id</c> (and a smart order's <c>reference_id</c>): 8 to 20 letters and
    /// digits with at most two hyphens. Every Groww order write and the Groww trading client check it.
    /// </summary>
    ClientReferenceRule ClientReferenceRule { get; }

    /// <summary>Places an order (<c>POST /v1/order/create</c>), generating an <c>order_reference_id</c> when the request has none.</summary>
    /// <param name="request">The order.</param>
    /// <param name="cancellationToken">Cancels the call; if the order was already sent, the cancellation carries an <see cref="OrderOutcomeUnknownException"/>.</param>
    /// <returns>Groww's order id and status, and the reference the order was sent with.</returns>
    /// <exception cref="BrokerValidationException">The request breaks a rule (missing symbol, quantity ≤ 0, price rules, reference shape); nothing was sent.</exception>
    /// <exception cref="OrderRejectedException">Groww refused the order.</exception>
    /// <exception cref="DuplicateClientReferenceException">An order with this reference already exists (GA007).</exception>
    /// <exception cref="OrderOutcomeUnknownException">The order may or may not have been placed; reconcile by its reference.</exception>
    Task<GrowwOrderPlacement> PlaceOrderAsync(GrowwPlaceOrderRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Places an order at most once per reference. When Groww answers GA007 (the reference was already used), or when
    /// <paramref name="previousAttempt"/> says an earlier attempt had an unknown outcome and the order turns out to
    /// exist, the existing order is returned with <see cref="GrowwOrderPlacement.AlreadyPlaced"/> set instead of failing.
    /// </summary>
    /// <param name="request">The order. Give it a reference (or pass <paramref name="previousAttempt"/>) so repeats are recognised.</param>
    /// <param name="previousAttempt">
    /// The exception an earlier placement of this order ended with. Its reference is used, and the order is first
    /// looked up by it: placed only when Groww does not know it.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new or existing order.</returns>
    /// <exception cref="BrokerValidationException">The request is invalid, or its reference differs from <paramref name="previousAttempt"/>'s.</exception>
    Task<GrowwOrderPlacement> PlaceOrderIdempotentAsync(GrowwPlaceOrderRequest request, OrderOutcomeUnknownException? previousAttempt = null, CancellationToken cancellationToken = default);

    /// <summary>Modifies a pending or open order (<c>POST /v1/order/modify</c>).</summary>
    /// <param name="request">The order id and its new values.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order's id and status.</returns>
    Task<GrowwOrderAcknowledgement> ModifyOrderAsync(GrowwModifyOrderRequest request, CancellationToken cancellationToken = default);

    /// <summary>Cancels a pending or open order (<c>POST /v1/order/cancel</c>).</summary>
    /// <param name="growwOrderId">Groww's order id.</param>
    /// <param name="segment">The order's segment.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order's id and status.</returns>
    Task<GrowwOrderAcknowledgement> CancelOrderAsync(string growwOrderId, GrowwSegment segment, CancellationToken cancellationToken = default);

    /// <summary>Reads an order's short status (<c>GET /v1/order/status/{groww_order_id}</c>).</summary>
    /// <param name="growwOrderId">Groww's order id.</param>
    /// <param name="segment">The order's segment.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status.</returns>
    Task<GrowwOrderStatusInfo> GetOrderStatusAsync(string growwOrderId, GrowwSegment segment, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads an order's short status by your reference (<c>GET /v1/order/status/reference/{order_reference_id}</c>):
    /// the way to find out what happened to an order whose placement ended in <see cref="OrderOutcomeUnknownException"/>.
    /// </summary>
    /// <param name="orderReferenceId">The <c>order_reference_id</c> the order was sent with.</param>
    /// <param name="segment">The order's segment.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status, or <see langword="null"/> when Groww has no order with this reference (never placed, or not listed yet).</returns>
    Task<GrowwOrderStatusInfo?> FindOrderByReferenceAsync(string orderReferenceId, GrowwSegment segment, CancellationToken cancellationToken = default);

    /// <summary>Lists the day's orders (<c>GET /v1/order/list</c>).</summary>
    /// <param name="request">Segment filter and paging; <see langword="null"/> for every segment, page 0 and the default page size (25).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The orders.</returns>
    Task<IReadOnlyList<GrowwOrder>> GetOrdersAsync(GrowwOrderListRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Lists today's orders with Groww's default filters and paging (<c>GET /v1/order/list</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The orders.</returns>
    Task<IReadOnlyList<GrowwOrder>> GetOrdersAsync(CancellationToken cancellationToken);

    /// <summary>Reads an order in full (<c>GET /v1/order/detail/{groww_order_id}</c>).</summary>
    /// <param name="growwOrderId">Groww's order id.</param>
    /// <param name="segment">The order's segment.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order, or <see langword="null"/> when Groww has no order with this id.</returns>
    Task<GrowwOrder?> FindOrderAsync(string growwOrderId, GrowwSegment segment, CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits until an order's outcome is known (<see cref="GrowwOrderStatus.IsOutcomeKnown"/>: filled, refused or
    /// cancelled) by reading it every <paramref name="pollInterval"/> (<c>GET /v1/order/detail/{groww_order_id}</c>,
    /// within the account's order-read rate limit). Groww answers a placement normally even when it rejects the order
    /// afterwards (insufficient funds, a closed market): this is how to learn that, with the reason in
    /// <see cref="GrowwOrder.RejectionReason"/>.
    /// </summary>
    /// <param name="growwOrderId">Groww's order id.</param>
    /// <param name="segment">The order's segment.</param>
    /// <param name="timeout">How long to wait, on the registered clock; more than zero, at most one day.</param>
    /// <param name="pollInterval">The pause between reads; one second when <see langword="null"/>, at least 100 ms.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>
    /// The final order; when the timeout passes first, the last state read (not final: a resting limit order, for
    /// example); <see langword="null"/> when Groww never listed the order.
    /// </returns>
    /// <exception cref="Broker.Errors.BrokerValidationException">The id, segment, timeout or interval is invalid; nothing was sent.</exception>
    Task<GrowwOrder?> WaitForFinalStatusAsync(string growwOrderId, GrowwSegment segment, TimeSpan timeout, TimeSpan? pollInterval = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the fills of an order (<c>GET /v1/order/trades/{groww_order_id}</c>).</summary>
    /// <param name="growwOrderId">Groww's order id.</param>
    /// <param name="segment">The order's segment.</param>
    /// <param name="page">The page, from 0; unset for Groww's default.</param>
    /// <param name="pageSize">The page size, 1 to 50; unset for Groww's default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The fills.</returns>
    Task<IReadOnlyList<GrowwTrade>> GetTradesOfOrderAsync(string growwOrderId, GrowwSegment segment, int? page = null, int? pageSize = null, CancellationToken cancellationToken = default);
}
