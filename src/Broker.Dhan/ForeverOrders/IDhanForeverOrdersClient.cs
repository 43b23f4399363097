using Broker.Dhan.Orders;

namespace Broker.Dhan.ForeverOrders;

/// <summary>Forever orders (GTT): single-trigger and OCO orders that wait until their trigger price is hit.</summary>
public interface IDhanForeverOrdersClient
{
    /// <summary>Creates a forever order (<c>POST /forever/orders</c>).</summary>
    /// <param name="request">The order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Dhan's order id, status and the correlation id sent.</returns>
    Task<DhanOrderPlacement> CreateAsync(DhanPlaceForeverOrderRequest request, CancellationToken cancellationToken = default);

    /// <summary>Modifies a forever order (<c>PUT /forever/orders/{order-id}</c>).</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="request">The change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The acknowledgement.</returns>
    Task<DhanOrderAcknowledgement> ModifyAsync(string orderId, DhanModifyForeverOrderRequest request, CancellationToken cancellationToken = default);

    /// <summary>Cancels a forever order (<c>DELETE /forever/orders/{order-id}</c>).</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The acknowledgement.</returns>
    Task<DhanOrderAcknowledgement> CancelAsync(string orderId, CancellationToken cancellationToken = default);

    /// <summary>All forever orders (<c>GET /forever/orders</c>; the docs' <c>/forever/all</c> answers 404).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The forever orders.</returns>
    Task<IReadOnlyList<DhanForeverOrder>> GetAllAsync(CancellationToken cancellationToken = default);
}
