using Broker.Samples.Webhook.Alerts;
using Broker.Samples.Webhook.Configuration;

namespace Broker.Samples.Webhook.Orders;

/// <summary>
/// The broker-specific half of order preparation: find the alert's instrument in the broker's instrument master and
/// check the order against it (lot size, freeze quantity, tick size). Placement itself is broker-neutral.
/// </summary>
internal interface IInstrumentResolver
{
    /// <summary>The broker whose master this is.</summary>
    WebhookBroker Broker { get; }

    /// <summary>The master's state.</summary>
    InstrumentStatus Status { get; }

    /// <summary>Loads the master (or refreshes a stale one).</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when a master is loaded.</returns>
    Task WarmUpAsync(CancellationToken cancellationToken);

    /// <summary>Resolves the alert's instrument and builds the order.</summary>
    /// <param name="alert">The alert.</param>
    /// <param name="brokerReference">The reference the order will carry.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order, ready to place.</returns>
    /// <exception cref="OrderPreparationException">The instrument is unknown or ambiguous, or the order breaks its rules.</exception>
    Task<PreparedOrder> PrepareAsync(TradingAlert alert, string brokerReference, CancellationToken cancellationToken);
}
