namespace Broker.Groww.SmartOrders;

/// <summary>
/// Groww smart orders: GTT (Good Till Triggered) and OCO (One Cancels the Other). Writes are never retried by the
/// SDK; creations always carry a <c>reference_id</c>.
/// </summary>
public interface IGrowwSmartOrdersClient
{
    /// <summary>Creates a GTT (<c>POST /v1/order-advance/create</c>).</summary>
    /// <param name="request">The GTT.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The smart order and the reference it was sent with.</returns>
    Task<GrowwSmartOrderPlacement> CreateGttAsync(GrowwCreateGttRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates an OCO (<c>POST /v1/order-advance/create</c>).</summary>
    /// <param name="request">The OCO.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The smart order and the reference it was sent with.</returns>
    Task<GrowwSmartOrderPlacement> CreateOcoAsync(GrowwCreateOcoRequest request, CancellationToken cancellationToken = default);

    /// <summary>Modifies a GTT (<c>PUT /v1/order-advance/modify/{smart_order_id}</c>).</summary>
    /// <param name="smartOrderId">The GTT's id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Groww's (partial) view of the smart order.</returns>
    Task<GrowwSmartOrder> ModifyGttAsync(string smartOrderId, GrowwModifyGttRequest request, CancellationToken cancellationToken = default);

    /// <summary>Modifies an OCO (<c>PUT /v1/order-advance/modify/{smart_order_id}</c>).</summary>
    /// <param name="smartOrderId">The OCO's id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Groww's (partial) view of the smart order.</returns>
    Task<GrowwSmartOrder> ModifyOcoAsync(string smartOrderId, GrowwModifyOcoRequest request, CancellationToken cancellationToken = default);

    /// <summary>Cancels a smart order (<c>POST /v1/order-advance/cancel/{segment}/{smart_order_type}/{smart_order_id}</c>).</summary>
    /// <param name="segment">Its segment.</param>
    /// <param name="smartOrderType">GTT or OCO.</param>
    /// <param name="smartOrderId">Its id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Groww's (partial) view of the smart order, normally with status CANCELLED.</returns>
    Task<GrowwSmartOrder> CancelAsync(GrowwSegment segment, GrowwSmartOrderType smartOrderType, string smartOrderId, CancellationToken cancellationToken = default);

    /// <summary>Reads a smart order (<c>GET /v1/order-advance/status/{segment}/{smart_order_type}/internal/{smart_order_id}</c>).</summary>
    /// <param name="segment">Its segment.</param>
    /// <param name="smartOrderType">GTT or OCO.</param>
    /// <param name="smartOrderId">Its id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The smart order, or <see langword="null"/> when Groww has no smart order with that id.</returns>
    Task<GrowwSmartOrder?> FindAsync(GrowwSegment segment, GrowwSmartOrderType smartOrderType, string smartOrderId, CancellationToken cancellationToken = default);

    /// <summary>Lists smart orders (<c>GET /v1/order-advance/list</c>).</summary>
    /// <param name="request">Filters; <see langword="null"/> for Groww's defaults (active OCOs of today).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The smart orders.</returns>
    Task<IReadOnlyList<GrowwSmartOrder>> GetAllAsync(GrowwSmartOrderListRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Lists today's active smart orders with Groww's default filters (<c>GET /v1/order-advance/list</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The smart orders.</returns>
    Task<IReadOnlyList<GrowwSmartOrder>> GetAllAsync(CancellationToken cancellationToken);
}
