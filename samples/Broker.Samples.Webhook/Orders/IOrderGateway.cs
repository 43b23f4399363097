using Broker.Authentication;
using Broker.Samples.Webhook.Alerts;
using Broker.Samples.Webhook.Configuration;

namespace Broker.Samples.Webhook.Orders;

/// <summary>
/// What the service needs from a broker: resolve an alert's instrument and build the order, place it at most once
/// per reference, and report on the token and the instrument master.
/// </summary>
internal interface IOrderGateway
{
    /// <summary>The broker.</summary>
    WebhookBroker Broker { get; }

    /// <summary>Whether a client with credentials is registered (it is not in a dry run without credentials).</summary>
    bool HasClient { get; }

    /// <summary>The account's token manager, when a client is registered.</summary>
    TokenManager? Tokens { get; }

    /// <summary>The instrument master's state.</summary>
    InstrumentStatus Instruments { get; }

    /// <summary>Loads the instrument master (or refreshes a stale one).</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when a master is loaded.</returns>
    Task WarmUpAsync(CancellationToken cancellationToken);

    /// <summary>Resolves the alert's instrument and builds the broker's order request, checked against the master.</summary>
    /// <param name="alert">The alert.</param>
    /// <param name="brokerReference">The reference the order will carry.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order, ready to place.</returns>
    /// <exception cref="OrderPreparationException">The instrument is unknown or ambiguous, or the order breaks its rules.</exception>
    Task<PreparedOrder> PrepareAsync(TradingAlert alert, string brokerReference, CancellationToken cancellationToken);

    /// <summary>
    /// Places the order unless one with its reference already exists (the SDK's idempotent placement). Never retried.
    /// </summary>
    /// <param name="order">The order from <see cref="PrepareAsync"/>.</param>
    /// <param name="lookUpFirst">
    /// Look the reference up at the broker first even though the alert carried no client reference (an alert replayed
    /// from the journal after a restart: its reference was fixed when it was accepted, and it may have reached the broker).
    /// </param>
    /// <param name="cancellationToken">Cancels the call; after sending, the outcome is unknown.</param>
    /// <returns>The broker's answer; for a rejected order, with the broker's reason.</returns>
    Task<GatewayPlacement> PlaceAsync(PreparedOrder order, bool lookUpFirst, CancellationToken cancellationToken);

    /// <summary>Reads the instrument's last traded price through the SDK's market data (for the order-value risk limit).</summary>
    /// <param name="order">The order from <see cref="PrepareAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The last traded price, or <see langword="null"/> when the broker gave none.</returns>
    Task<decimal?> GetLastPriceAsync(PreparedOrder order, CancellationToken cancellationToken);

    /// <summary>Makes one cheap authenticated read so the broker confirms the token.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the broker answered.</returns>
    Task VerifyAsync(CancellationToken cancellationToken);
}
