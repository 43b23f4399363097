using Broker.Authentication;
using Broker.Errors;
using Broker.Samples.Webhook.Alerts;
using Broker.Samples.Webhook.Configuration;
using Broker.Trading;

namespace Broker.Samples.Webhook.Orders;

/// <summary>
/// Places orders through the SDK's broker-neutral <see cref="ITradingClient"/> (registered by <c>AddDhanClient</c> /
/// <c>AddGrowwClient</c>), after the broker's <see cref="IInstrumentResolver"/> has resolved the instrument. An alert
/// with a client reference is first looked up at the broker by that reference, so a repeat that this process cannot
/// know about (after a restart, or after an unknown outcome) does not place a second order.
/// </summary>
/// <param name="resolver">The broker's instrument resolver.</param>
/// <param name="trading">The trading client; <see langword="null"/> in a dry run without credentials.</param>
/// <param name="tokens">The account's token manager; <see langword="null"/> without credentials.</param>
internal sealed class TradingGateway(IInstrumentResolver resolver, ITradingClient? trading, TokenManager? tokens) : IOrderGateway
{
    /// <inheritdoc />
    public WebhookBroker Broker => resolver.Broker;

    /// <inheritdoc />
    public bool HasClient => trading is not null;

    /// <inheritdoc />
    public TokenManager? Tokens => tokens;

    /// <inheritdoc />
    public InstrumentStatus Instruments => resolver.Status;

    /// <inheritdoc />
    public Task WarmUpAsync(CancellationToken cancellationToken) => resolver.WarmUpAsync(cancellationToken);

    /// <inheritdoc />
    public Task<PreparedOrder> PrepareAsync(TradingAlert alert, string brokerReference, CancellationToken cancellationToken) =>
        resolver.PrepareAsync(alert, brokerReference, cancellationToken);

    /// <inheritdoc />
    public async Task<GatewayPlacement> PlaceAsync(PreparedOrder order, bool lookUpFirst, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var client = Client();
        var exchange = order.Request.Instrument.Exchange;
        if (order.Alert.ClientReference is not null || lookUpFirst)
        {
            var existing = await client.FindOrderByClientReferenceAsync(order.BrokerReference, exchange, cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                return Existing(existing, order);
            }
        }

        try
        {
            var placement = await client.PlaceOrderAsync(order.Request, cancellationToken).ConfigureAwait(false);
            var status = placement.RawStatus ?? placement.Status.ToString();
            var rejected = placement.Status == TradingOrderStatus.Rejected;
            var reason = placement.StatusMessage;
            if ((rejected && string.IsNullOrWhiteSpace(reason)) || string.Equals(status, "TRANSIT", StringComparison.OrdinalIgnoreCase))
            {
                // Dhan acknowledges with TRANSIT and decides afterwards, and its acknowledgement never carries a
                // reason: one read of the order tells whether its risk checks rejected it, and why (omsErrorDescription).
                if (await ReadOrderAsync(client, placement.BrokerOrderId, exchange, cancellationToken).ConfigureAwait(false) is { } current)
                {
                    status = current.RawStatus;
                    rejected = current.Status == TradingOrderStatus.Rejected;
                    reason = rejected && !string.IsNullOrWhiteSpace(current.StatusMessage) ? current.StatusMessage : reason;
                }
            }

            return new GatewayPlacement(
                placement.BrokerOrderId,
                status,
                placement.ClientReference,
                AlreadyPlaced: false,
                IsRejected: rejected,
                Remark: rejected ? reason : null);
        }
        catch (DuplicateClientReferenceException)
        {
            // Groww GA007: the reference is taken, so an order with it exists; report that one.
            var existing = await client.FindOrderByClientReferenceAsync(order.BrokerReference, exchange, cancellationToken).ConfigureAwait(false);
            return existing is not null
                ? Existing(existing, order)
                : new GatewayPlacement(null, null, order.BrokerReference, AlreadyPlaced: true, IsRejected: false, $"{Broker} reports the reference as already used.");
        }
    }

    /// <inheritdoc />
    public Task VerifyAsync(CancellationToken cancellationToken) => Client().GetProfileAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<decimal?> GetLastPriceAsync(PreparedOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (trading is null)
        {
            return null;
        }

        var prices = await trading.GetLastPricesAsync([order.Request.Instrument], cancellationToken).ConfigureAwait(false);
        return prices.TryGetValue(order.Request.Instrument, out var price) ? price
            : prices.Count == 1 ? prices.Values.First()
            : null;
    }

    private static async Task<TradingOrder?> ReadOrderAsync(ITradingClient client, string orderId, TradingExchange exchange, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetOrderAsync(orderId, exchange, cancellationToken).ConfigureAwait(false);
        }
        catch (BrokerException)
        {
            // The placement stands either way; only the fresher status and its reason are missing.
            return null;
        }
    }

    private static GatewayPlacement Existing(TradingOrder existing, PreparedOrder order) =>
        new(existing.BrokerOrderId, existing.RawStatus, existing.ClientReference ?? order.BrokerReference, AlreadyPlaced: true, IsRejected: false, existing.StatusMessage);

    private ITradingClient Client() => trading ?? throw new InvalidOperationException($"No {Broker} client is configured (dry run without credentials).");
}
