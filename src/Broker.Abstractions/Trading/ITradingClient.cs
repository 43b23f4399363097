using Broker.Errors;

namespace Broker.Trading;

/// <summary>
/// The operations every strategy needs, the same for every broker: place, modify and cancel orders, read them back,
/// and read trades, positions, holdings, funds, last prices and the profile. Write strategy code against this and the
/// broker underneath becomes a registration detail.
/// </summary>
/// <remarks>
/// <para>
/// Get one from DI: <c>services.AddGrowwClient(...)</c> and <c>services.AddDhanClient(...)</c> register it as a
/// plain singleton for the default account and as a keyed singleton (key = the registration name) for named
/// accounts: <c>[FromKeyedServices("swing")] ITradingClient trading</c>. The broker-specific clients
/// (<c>IGrowwClient</c>, <c>IDhanClient</c>) remain the full-power API underneath.
/// </para>
/// <para>
/// Safety rules carried over from the broker SDKs: every order goes out with a client reference (one is generated
/// when you give none); order placement, modification and cancellation are never retried automatically; when the
/// outcome of a write is unknown (timeout, dropped connection, 5xx) an <see cref="OrderOutcomeUnknownException"/>
/// carrying the client reference is thrown — look the order up with <see cref="FindOrderByClientReferenceAsync"/>
/// before sending it again.
/// </para>
/// <para>
/// A value the broker cannot express (Groww has no IOC validity and no currency segment) raises
/// <see cref="BrokerValidationException"/> naming the broker and the value, before anything is sent.
/// </para>
/// </remarks>
public interface ITradingClient
{
    /// <summary>The broker underneath: <c>Groww</c> or <c>Dhan</c>.</summary>
    string BrokerName { get; }

    /// <summary>Places an order. Never retried automatically.</summary>
    /// <param name="request">The order.</param>
    /// <param name="cancellationToken">Cancels the call. Cancelling after the order was sent raises an <see cref="OperationCanceledException"/> whose inner exception is an <see cref="OrderOutcomeUnknownException"/>.</param>
    /// <returns>The broker's order id, the client reference used and the first status.</returns>
    /// <exception cref="BrokerValidationException">The request is incomplete or uses a value this broker cannot express; nothing was sent.</exception>
    /// <exception cref="OrderRejectedException">The broker refused the order.</exception>
    /// <exception cref="OrderOutcomeUnknownException">The order was sent but no trustworthy answer came back; it may exist.</exception>
    Task<TradingOrderPlacement> PlaceOrderAsync(TradingOrderRequest request, CancellationToken cancellationToken = default);

    /// <summary>Modifies an open order (quantity, prices, type, validity). Never retried automatically.</summary>
    /// <param name="modification">The order id and the fields to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The broker's acknowledgement.</returns>
    /// <exception cref="BrokerValidationException">The change uses a value this broker cannot express; nothing was sent.</exception>
    /// <exception cref="OrderOutcomeUnknownException">The change was sent but no trustworthy answer came back.</exception>
    Task<TradingOrderAcknowledgement> ModifyOrderAsync(TradingOrderModification modification, CancellationToken cancellationToken = default);

    /// <summary>Cancels an open order. Never retried automatically.</summary>
    /// <param name="brokerOrderId">The broker's order id.</param>
    /// <param name="exchange">The order's exchange when known (saves Groww one read to find the segment).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The broker's acknowledgement.</returns>
    /// <exception cref="OrderOutcomeUnknownException">The cancellation was sent but no trustworthy answer came back.</exception>
    Task<TradingOrderAcknowledgement> CancelOrderAsync(string brokerOrderId, TradingExchange? exchange = null, CancellationToken cancellationToken = default);

    /// <summary>Reads one order by the broker's order id.</summary>
    /// <param name="brokerOrderId">The broker's order id.</param>
    /// <param name="exchange">The order's exchange when known (saves Groww one read to find the segment).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order.</returns>
    /// <exception cref="BrokerApiException">The broker does not know the order.</exception>
    Task<TradingOrder> GetOrderAsync(string brokerOrderId, TradingExchange? exchange = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads one order by the client reference it was placed with: the way to reconcile after an
    /// <see cref="OrderOutcomeUnknownException"/>.
    /// </summary>
    /// <param name="clientReference">The client reference (Groww <c>order_reference_id</c>, Dhan <c>correlationId</c>).</param>
    /// <param name="exchange">The order's exchange when known (Groww looks in that segment only).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order, or <see langword="null"/> when the broker has no order with that reference (it was never placed).</returns>
    Task<TradingOrder?> FindOrderByClientReferenceAsync(string clientReference, TradingExchange? exchange = null, CancellationToken cancellationToken = default);

    /// <summary>Lists today's orders.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The day's order book, as the broker orders it.</returns>
    Task<IReadOnlyList<TradingOrder>> GetOrdersAsync(CancellationToken cancellationToken = default);

    /// <summary>Lists today's executions.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The day's trade book.</returns>
    Task<IReadOnlyList<TradingTrade>> GetTradesAsync(CancellationToken cancellationToken = default);

    /// <summary>Lists open and today's closed positions.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The positions.</returns>
    Task<IReadOnlyList<TradingPosition>> GetPositionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Lists demat holdings.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The holdings (empty when there are none).</returns>
    Task<IReadOnlyList<TradingHolding>> GetHoldingsAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads the money available to trade with.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The funds.</returns>
    Task<TradingFunds> GetFundsAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads the last traded price of several instruments in as few calls as the broker allows.</summary>
    /// <param name="instruments">The instruments.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The last price in rupees keyed by the instrument exactly as you passed it; an instrument the broker returned no
    /// price for is absent.
    /// </returns>
    /// <exception cref="BrokerValidationException">An instrument's exchange is not one this broker offers; nothing was sent.</exception>
    Task<IReadOnlyDictionary<TradingInstrument, decimal>> GetLastPricesAsync(IReadOnlyCollection<TradingInstrument> instruments, CancellationToken cancellationToken = default);

    /// <summary>Reads the account's profile.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The profile.</returns>
    Task<TradingProfile> GetProfileAsync(CancellationToken cancellationToken = default);
}
