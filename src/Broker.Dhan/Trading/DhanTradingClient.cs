using Broker.Dhan.Instruments;
using Broker.Dhan.Orders;
using Broker.Errors;
using Broker.Http;
using Broker.Instruments;
using Broker.Trading;
using Broker.Dhan.Sending;
using Broker.Dhan.Validation;

namespace Broker.Dhan.Trading;

/// <summary>
/// The broker-neutral <see cref="ITradingClient"/> over a Dhan account. Registered for you by
/// <c>services.AddDhanClient(...)</c>; construct it yourself only when you build <see cref="IDhanClient"/> by hand.
/// </summary>
/// <remarks>
/// <para>Dhan names instruments by security id. An instrument given by symbol is resolved through the Dhan instrument
/// catalogue (<c>AddDhanClient(...).AddInstruments()</c> or <c>services.AddDhanInstruments()</c>); a cash-market symbol
/// listed in several series resolves to the <c>EQ</c> series. Without a catalogue, pass the security id with
/// <see cref="TradingInstrument.FromBrokerId"/>.</para>
/// <para>Dhan shows a stop-loss order waiting for its trigger as <c>PENDING</c>; it reads as
/// <see cref="TradingOrderStatus.PendingTrigger"/>. Modifications restate every field, so a modification that leaves a
/// field empty reads the order first.</para>
/// </remarks>
public sealed class DhanTradingClient : ITradingClient
{
    private readonly IDhanClient _client;
    private readonly DhanInstrumentCatalog? _instruments;

    /// <summary>Creates the neutral client over a Dhan client.</summary>
    /// <param name="client">The Dhan client that does the work.</param>
    /// <param name="instruments">The Dhan instrument catalogue, used to resolve symbols to security ids; <see langword="null"/> when not registered.</param>
    public DhanTradingClient(IDhanClient client, DhanInstrumentCatalog? instruments = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _instruments = instruments;
    }

    /// <inheritdoc/>
    public string BrokerName => DhanTradingMapping.Broker;

    /// <inheritdoc/>
    public async Task<TradingOrderPlacement> PlaceOrderAsync(TradingOrderRequest request, CancellationToken cancellationToken = default)
    {
        TradingValidation.ValidateOrder(BrokerName, request);
        var reference = string.IsNullOrWhiteSpace(request.ClientReference) ? ClientReference.New() : request.ClientReference;
        var rule = _client.Orders.ClientReferenceRule;
        if (!rule.Accepts(reference))
        {
            throw TradingValidation.CannotExpress(BrokerName, nameof(request.ClientReference), reference, $"Dhan takes {rule.Description}.");
        }

        // Map every value first: anything Dhan cannot express fails here, before the symbol look-up and the send.
        var mapped = DhanTradingMapping.ToWire(request, request.Instrument.BrokerInstrumentId ?? string.Empty, reference);
        var instrument = await ResolveAsync(request.Instrument, cancellationToken).ConfigureAwait(false);
        var wire = mapped with { SecurityId = instrument.SecurityId };

        var placement = await _client.Orders.PlaceOrderAsync(wire, cancellationToken).ConfigureAwait(false);
        return new TradingOrderPlacement
        {
            BrokerOrderId = placement.OrderId,
            ClientReference = string.IsNullOrEmpty(placement.CorrelationId) ? reference : placement.CorrelationId,
            Status = DhanTradingMapping.FromWire(placement.OrderStatus, wire.OrderType),
            RawStatus = placement.OrderStatus.Value,
        };
    }

    /// <inheritdoc/>
    public async Task<TradingOrderAcknowledgement> ModifyOrderAsync(TradingOrderModification modification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(modification);
        RequireOrderId(modification.BrokerOrderId);
        var validity = modification.Validity is { } v ? DhanTradingMapping.ToWire(v) : (DhanValidity?)null;
        var requestedWireType = modification.OrderType is { } requestedType ? DhanTradingMapping.ToWire(requestedType) : (DhanOrderType?)null;

        if (modification.Quantity is <= 0)
        {
            throw DhanValidation.Validator.Invalid(nameof(modification.Quantity), $"Quantity must be above zero (was {modification.Quantity}).");
        }

        DhanOrder? current = null;
        if (modification.OrderType is null || modification.Quantity is null || validity is null || modification.Price is null || modification.TriggerPrice is null)
        {
            current = await _client.Orders.FindOrderAsync(modification.BrokerOrderId, cancellationToken).ConfigureAwait(false)
                ?? throw NotFound(modification.BrokerOrderId);
        }

        var orderType = modification.OrderType
            ?? DhanTradingMapping.FromWire(current!.OrderType)
            ?? throw DhanValidation.Validator.Invalid(nameof(modification.OrderType), $"Dhan order {modification.BrokerOrderId} has order type '{current.OrderType}', which the neutral model cannot restate; set OrderType.");
        var (needsPrice, needsTrigger) = Needs(orderType);
        var price = modification.Price ?? (needsPrice && current is { Price: > 0m } ? current.Price : null);
        var triggerPrice = modification.TriggerPrice ?? (needsTrigger && current is { TriggerPrice: > 0m } ? current.TriggerPrice : null);
        TradingValidation.ValidatePrices(BrokerName, orderType, price, triggerPrice);
        var wireType = requestedWireType ?? DhanTradingMapping.ToWire(orderType);

        var ack = await _client.Orders.ModifyOrderAsync(
            modification.BrokerOrderId,
            new DhanModifyOrderRequest
            {
                OrderType = wireType,
                Validity = validity ?? (current!.Validity.Value is { Length: > 0 } ? current.Validity : DhanValidity.Day),
                Quantity = modification.Quantity ?? current!.Quantity,
                Price = price,
                TriggerPrice = triggerPrice,
            },
            cancellationToken).ConfigureAwait(false);
        return new TradingOrderAcknowledgement
        {
            BrokerOrderId = string.IsNullOrEmpty(ack.OrderId) ? modification.BrokerOrderId : ack.OrderId,
            Status = DhanTradingMapping.FromWire(ack.OrderStatus, wireType),
            RawStatus = ack.OrderStatus.Value,
        };
    }

    /// <inheritdoc/>
    /// <remarks>Dhan cancels by order id alone; <paramref name="exchange"/> is not needed.</remarks>
    public async Task<TradingOrderAcknowledgement> CancelOrderAsync(string brokerOrderId, TradingExchange? exchange = null, CancellationToken cancellationToken = default)
    {
        RequireOrderId(brokerOrderId);
        var ack = await _client.Orders.CancelOrderAsync(brokerOrderId, cancellationToken).ConfigureAwait(false);
        return new TradingOrderAcknowledgement
        {
            BrokerOrderId = string.IsNullOrEmpty(ack.OrderId) ? brokerOrderId : ack.OrderId,
            Status = DhanTradingMapping.FromWire(ack.OrderStatus),
            RawStatus = ack.OrderStatus.Value,
        };
    }

    /// <inheritdoc/>
    public async Task<TradingOrder> GetOrderAsync(string brokerOrderId, TradingExchange? exchange = null, CancellationToken cancellationToken = default)
    {
        RequireOrderId(brokerOrderId);
        var order = await _client.Orders.FindOrderAsync(brokerOrderId, cancellationToken).ConfigureAwait(false) ?? throw NotFound(brokerOrderId);
        return DhanTradingMapping.ToNeutral(order);
    }

    /// <inheritdoc/>
    public async Task<TradingOrder?> FindOrderByClientReferenceAsync(string clientReference, TradingExchange? exchange = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(clientReference))
        {
            throw DhanValidation.Validator.Invalid(nameof(clientReference), "clientReference is required.");
        }

        var order = await _client.Orders.FindOrderByReferenceAsync(clientReference, cancellationToken).ConfigureAwait(false);
        return order is null ? null : DhanTradingMapping.ToNeutral(order);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<TradingOrder>> GetOrdersAsync(CancellationToken cancellationToken = default)
    {
        var orders = await _client.Orders.GetOrdersAsync(cancellationToken).ConfigureAwait(false);
        return [.. orders.Select(DhanTradingMapping.ToNeutral)];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<TradingTrade>> GetTradesAsync(CancellationToken cancellationToken = default)
    {
        var trades = await _client.Orders.GetTradesAsync(cancellationToken).ConfigureAwait(false);
        return [.. trades.Select(DhanTradingMapping.ToNeutral)];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<TradingPosition>> GetPositionsAsync(CancellationToken cancellationToken = default)
    {
        var positions = await _client.Portfolio.GetPositionsAsync(cancellationToken).ConfigureAwait(false);
        return [.. positions.Select(DhanTradingMapping.ToNeutral)];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<TradingHolding>> GetHoldingsAsync(CancellationToken cancellationToken = default)
    {
        var holdings = await _client.Portfolio.GetHoldingsAsync(cancellationToken).ConfigureAwait(false);
        return [.. holdings.Select(DhanTradingMapping.ToNeutral)];
    }

    /// <inheritdoc/>
    public async Task<TradingFunds> GetFundsAsync(CancellationToken cancellationToken = default)
    {
        var funds = await _client.Funds.GetFundLimitAsync(cancellationToken).ConfigureAwait(false);
        return DhanTradingMapping.ToNeutral(funds);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<TradingInstrument, decimal>> GetLastPricesAsync(IReadOnlyCollection<TradingInstrument> instruments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        var resolved = new List<(DhanInstrument Wire, TradingInstrument Instrument)>(instruments.Count);
        foreach (var instrument in instruments)
        {
            TradingValidation.ValidateInstrument(BrokerName, instrument);
            resolved.Add((await ResolveAsync(instrument, cancellationToken).ConfigureAwait(false), instrument));
        }

        var result = new Dictionary<TradingInstrument, decimal>();
        if (resolved.Count == 0)
        {
            return result;
        }

        var prices = await _client.MarketQuote.GetLtpAsync(resolved.Select(r => r.Wire).Distinct(), cancellationToken).ConfigureAwait(false);
        foreach (var (wire, instrument) in resolved)
        {
            if (prices.TryGetValue(wire, out var ltp))
            {
                result[instrument] = ltp.LastPrice;
            }
        }

        return result;
    }

    /// <inheritdoc/>
    public async Task<TradingProfile> GetProfileAsync(CancellationToken cancellationToken = default)
    {
        var profile = await _client.Profile.GetProfileAsync(cancellationToken).ConfigureAwait(false);
        return DhanTradingMapping.ToNeutral(profile);
    }

    /// <summary>Shows the broker.</summary>
    /// <returns><c>DhanTradingClient</c>.</returns>
    public override string ToString() => nameof(DhanTradingClient);

    private static (bool Price, bool Trigger) Needs(TradingOrderType orderType) => orderType switch
    {
        TradingOrderType.Limit => (true, false),
        TradingOrderType.StopLoss => (true, true),
        TradingOrderType.StopLossMarket => (false, true),
        _ => (false, false),
    };

    private static BrokerApiException NotFound(string brokerOrderId) => TradingValidation.NotFound(DhanTradingMapping.Broker, $"Dhan has no order {brokerOrderId}.");

    private static void RequireOrderId(string brokerOrderId) => _ = DhanValidation.Validator.PathSegment(brokerOrderId, nameof(TradingOrderModification.BrokerOrderId));

    private async ValueTask<DhanInstrument> ResolveAsync(TradingInstrument instrument, CancellationToken cancellationToken)
    {
        var segment = DhanTradingMapping.ToWire(instrument.Exchange);
        if (!string.IsNullOrWhiteSpace(instrument.BrokerInstrumentId))
        {
            return new DhanInstrument(segment, instrument.BrokerInstrumentId);
        }

        if (_instruments is null)
        {
            throw DhanValidation.Validator.Invalid(
                "Instrument",
                $"Dhan names instruments by security id, and {instrument} has only a symbol. Register the Dhan instrument catalogue (AddDhanClient(...).AddInstruments() or services.AddDhanInstruments()) so symbols resolve, or pass the security id with TradingInstrument.FromBrokerId.");
        }

        var snapshot = await _instruments.GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
        var found = snapshot.FindByTradingSymbol(instrument.Symbol!, segment);
        if (segment == DhanExchangeSegment.Index)
        {
            var exchange = instrument.Exchange == TradingExchange.BseIndex ? "BSE" : "NSE";
            found = found.Where(r => string.Equals(r.Exchange, exchange, StringComparison.OrdinalIgnoreCase));
        }

        if (found.Status == InstrumentLookupStatus.Ambiguous && (segment == DhanExchangeSegment.NseEquity || segment == DhanExchangeSegment.BseEquity))
        {
            var equity = found.Where(r => string.Equals(r.Series, "EQ", StringComparison.OrdinalIgnoreCase));
            if (equity.Status != InstrumentLookupStatus.NotFound)
            {
                found = equity;
            }
        }

        return found.WithQuery($"Dhan {segment} symbol '{instrument.Symbol}'").GetSingle().Instrument;
    }
}
