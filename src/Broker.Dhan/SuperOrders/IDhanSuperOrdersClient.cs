using Broker.Dhan.Orders;

namespace Broker.Dhan.SuperOrders;

/// <summary>Super orders: an entry with target and stop-loss legs (and optional trailing) in one request.</summary>
public interface IDhanSuperOrdersClient
{
    /// <summary>Places a super order (<c>POST /super/orders</c>).</summary>
    /// <param name="request">The order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Dhan's order id, status and the correlation id sent.</returns>
    Task<DhanOrderPlacement> PlaceAsync(DhanPlaceSuperOrderRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes one leg (<c>PUT /super/orders/{order-id}</c>); counts towards the 25 modifications per order.</summary>
    /// <param name="orderId">The super order's id.</param>
    /// <param name="request">The leg and its new values.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The acknowledgement.</returns>
    Task<DhanOrderAcknowledgement> ModifyAsync(string orderId, DhanModifySuperOrderRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Cancels a leg (<c>DELETE /super/orders/{order-id}/{order-leg}</c>): ENTRY_LEG cancels the whole order; a cancelled
    /// target or stop-loss leg cannot be added back.
    /// </summary>
    /// <param name="orderId">The super order's id.</param>
    /// <param name="leg">The leg.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The acknowledgement.</returns>
    Task<DhanOrderAcknowledgement> CancelLegAsync(string orderId, DhanLegName leg, CancellationToken cancellationToken = default);

    /// <summary>Today's super orders with their legs (<c>GET /super/orders</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The super orders.</returns>
    Task<IReadOnlyList<DhanSuperOrder>> GetAllAsync(CancellationToken cancellationToken = default);
}
