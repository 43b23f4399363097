namespace Broker.Dhan.ConditionalTriggers;

/// <summary>
/// Conditional triggers (<c>/alerts/orders</c>): alerts on a price or indicator condition that place orders when met.
/// The writes are treated like order writes (never retried).
/// </summary>
public interface IDhanConditionalTriggersClient
{
    /// <summary>Places a conditional trigger (<c>POST /alerts/orders</c>).</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="orders">The orders to place when it is met (at least one).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The alert id and status.</returns>
    Task<DhanAlertAcknowledgement> PlaceAsync(DhanAlertCondition condition, IReadOnlyList<DhanAlertOrder> orders, CancellationToken cancellationToken = default);

    /// <summary>Modifies a conditional trigger (<c>PUT /alerts/orders/{alertId}</c>).</summary>
    /// <param name="alertId">The alert id.</param>
    /// <param name="condition">The new condition.</param>
    /// <param name="orders">The new orders, or null to keep the existing ones.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The alert id and status.</returns>
    Task<DhanAlertAcknowledgement> ModifyAsync(string alertId, DhanAlertCondition condition, IReadOnlyList<DhanAlertOrder>? orders = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a conditional trigger (<c>DELETE /alerts/orders/{alertId}</c>).</summary>
    /// <param name="alertId">The alert id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The alert id and status (CANCELLED).</returns>
    Task<DhanAlertAcknowledgement> DeleteAsync(string alertId, CancellationToken cancellationToken = default);

    /// <summary>One conditional trigger (<c>GET /alerts/orders/{alertId}</c>).</summary>
    /// <param name="alertId">The alert id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The trigger, or null when Dhan knows no such alert.</returns>
    Task<DhanConditionalTrigger?> FindAsync(string alertId, CancellationToken cancellationToken = default);

    /// <summary>All conditional triggers (<c>GET /alerts/orders</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The triggers.</returns>
    Task<IReadOnlyList<DhanConditionalTrigger>> GetAllAsync(CancellationToken cancellationToken = default);
}
