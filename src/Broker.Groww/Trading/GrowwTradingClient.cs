using Broker.Errors;
using Broker.Groww.Instruments;
using Broker.Groww.Orders;
using Broker.Http;
using Broker.Trading;
using Broker.Groww.Validation;

namespace Broker.Groww.Trading;

/// <summary>
/// The broker-neutral <see cref="ITradingClient"/> over a Groww account. Registered for you by
/// <c>services.AddGrowwClient(...)</c>; construct it yourself only when you build <see cref="IGrowwClient"/> by hand.
/// </summary>
/// <remarks>
/// <para>Groww names every order call by segment (CASH, FNO, COMMODITY). Pass the order's exchange to
/// <see cref="CancelOrderAsync"/>, <see cref="GetOrderAsync"/> and <see cref="FindOrderByClientReferenceAsync"/> when you know
/// it; without it the client tries the segments in turn (at most three reads, all before any write).</para>
/// <para>Groww has no day-wide trade book: <see cref="GetTradesAsync"/> reads the order book and then the trades of each
/// order that has fills. Groww has no IOC validity and no currency segment; those raise
/// <see cref="BrokerValidationException"/> before anything is sent.</para>
/// </remarks>
public sealed class GrowwTradingClient : ITradingClient
{
    private const int OrderPageSize = 25;
    private const int TradePageSize = 50;
    private const int MaxPages = 400;

    private readonly IGrowwClient _client;
    private readonly GrowwInstrumentCatalog? _instruments;

    /// <summary>Creates the neutral client over a Groww client.</summary>
    /// <param name="client">The Groww client that does the work.</param>
    /// <param name="instruments">
    /// The Groww instrument catalogue, used only to turn an instrument given by exchange token
    /// (<see cref="TradingInstrument.BrokerInstrumentId"/>) into its trading symbol; <see langword="null"/> when not registered.
    /// </param>
    public GrowwTradingClient(IGrowwClient client, GrowwInstrumentCatalog? instruments = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _instruments = instruments;
    }

    /// <inheritdoc/>
    public string BrokerName => GrowwTradingMapping.Broker;

    /// <inheritdoc/>
    public async Task<TradingOrderPlacement> PlaceOrderAsync(TradingOrderRequest request, CancellationToken cancellationToken = default)
    {
        TradingValidation.ValidateOrder(BrokerName, request);
        var reference = string.IsNullOrWhiteSpace(request.ClientReference) ? ClientReference.New() : request.ClientReference;
        var rule = _client.Orders.ClientReferenceRule;
        if (!rule.Accepts(reference))
        {
            throw TradingValidation.CannotExpress(BrokerName, nameof(request.ClientReference), reference, $"Groww takes {rule.Description}.");
        }

        // Map every value first: anything Groww cannot express fails here, before the symbol look-up and the send.
        var mapped = GrowwTradingMapping.ToWire(request, request.Instrument.Symbol ?? string.Empty, reference);
        var wire = mapped with { TradingSymbol = await ResolveSymbolAsync(request.Instrument, cancellationToken).ConfigureAwait(false) };

        // The orders client refuses a placement answer without groww_order_id (outcome unknown), so the id is here.
        var placement = await _client.Orders.PlaceOrderAsync(wire, cancellationToken).ConfigureAwait(false);
        return new TradingOrderPlacement
        {
            BrokerOrderId = placement.GrowwOrderId!,
            ClientReference = string.IsNullOrEmpty(placement.OrderReferenceId) ? reference : placement.OrderReferenceId,
            Status = GrowwTradingMapping.FromWire(placement.OrderStatus, 0),
            RawStatus = placement.OrderStatus?.Value,
            StatusMessage = string.IsNullOrWhiteSpace(placement.Remark) ? null : placement.Remark,
        };
    }

    /// <inheritdoc/>
    public async Task<TradingOrderAcknowledgement> ModifyOrderAsync(TradingOrderModification modification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(modification);
        RequireOrderId(modification.BrokerOrderId);
        if (modification.Validity is { } validity)
        {
            _ = GrowwTradingMapping.ToWire(validity);
        }

        var requestedWireType = modification.OrderType is { } requestedType ? GrowwTradingMapping.ToWire(requestedType) : (GrowwOrderType?)null;

        if (modification.Quantity is <= 0)
        {
            throw GrowwValidation.Validator.Invalid(nameof(modification.Quantity), $"Quantity must be above zero (was {modification.Quantity}).");
        }

        GrowwSegment? segment = modification.Exchange is { } exchange ? GrowwTradingMapping.ToWire(exchange).Segment : null;
        GrowwOrder? current = null;
        if (segment is null || modification.OrderType is null || modification.Quantity is null)
        {
            (current, segment) = await FindOrderAsync(modification.BrokerOrderId, modification.Exchange, cancellationToken).ConfigureAwait(false);
        }

        var orderType = modification.OrderType
            ?? GrowwTradingMapping.FromWire(current!.OrderType)
            ?? throw GrowwValidation.Validator.Invalid(nameof(modification.OrderType), $"Groww order {modification.BrokerOrderId} has order type '{current.OrderType}', which the neutral model cannot restate; set OrderType.");
        var (needsPrice, needsTrigger) = Needs(orderType);
        if (current is null && ((needsPrice && modification.Price is null) || (needsTrigger && modification.TriggerPrice is null)))
        {
            (current, segment) = await FindOrderAsync(modification.BrokerOrderId, modification.Exchange, cancellationToken).ConfigureAwait(false);
        }

        var price = modification.Price ?? (needsPrice ? Positive(current?.Price) : null);
        var triggerPrice = modification.TriggerPrice ?? (needsTrigger ? Positive(current?.TriggerPrice) : null);
        TradingValidation.ValidatePrices(BrokerName, orderType, price, triggerPrice);

        var ack = await _client.Orders.ModifyOrderAsync(
            new GrowwModifyOrderRequest
            {
                GrowwOrderId = modification.BrokerOrderId,
                Segment = segment!.Value,
                OrderType = requestedWireType ?? GrowwTradingMapping.ToWire(orderType),
                Quantity = modification.Quantity ?? current!.Quantity,
                Price = price,
                TriggerPrice = triggerPrice,
            },
            cancellationToken).ConfigureAwait(false);
        return Acknowledge(modification.BrokerOrderId, ack);
    }

    /// <inheritdoc/>
    public async Task<TradingOrderAcknowledgement> CancelOrderAsync(string brokerOrderId, TradingExchange? exchange = null, CancellationToken cancellationToken = default)
    {
        RequireOrderId(brokerOrderId);
        var segment = exchange is { } e
            ? GrowwTradingMapping.ToWire(e).Segment
            : (await FindOrderAsync(brokerOrderId, null, cancellationToken).ConfigureAwait(false)).Segment;
        var ack = await _client.Orders.CancelOrderAsync(brokerOrderId, segment, cancellationToken).ConfigureAwait(false);
        return Acknowledge(brokerOrderId, ack);
    }

    /// <inheritdoc/>
    public async Task<TradingOrder> GetOrderAsync(string brokerOrderId, TradingExchange? exchange = null, CancellationToken cancellationToken = default)
    {
        RequireOrderId(brokerOrderId);
        var (order, _) = await FindOrderAsync(brokerOrderId, exchange, cancellationToken).ConfigureAwait(false);
        return GrowwTradingMapping.ToNeutral(order);
    }

    /// <inheritdoc/>
    public async Task<TradingOrder?> FindOrderByClientReferenceAsync(string clientReference, TradingExchange? exchange = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(clientReference))
        {
            throw GrowwValidation.Validator.Invalid(nameof(clientReference), "clientReference is required.");
        }

        foreach (var segment in Segments(exchange))
        {
            var info = await _client.Orders.FindOrderByReferenceAsync(clientReference, segment, cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrEmpty(info?.GrowwOrderId)
                || await _client.Orders.FindOrderAsync(info.GrowwOrderId, segment, cancellationToken).ConfigureAwait(false) is not { } order)
            {
                continue;
            }

            var neutral = GrowwTradingMapping.ToNeutral(order);
            return neutral.ClientReference is null ? neutral with { ClientReference = clientReference } : neutral;
        }

        return null;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<TradingOrder>> GetOrdersAsync(CancellationToken cancellationToken = default)
    {
        var orders = await ListGrowwOrdersAsync(cancellationToken).ConfigureAwait(false);
        return [.. orders.Select(GrowwTradingMapping.ToNeutral)];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<TradingTrade>> GetTradesAsync(CancellationToken cancellationToken = default)
    {
        var orders = await ListGrowwOrdersAsync(cancellationToken).ConfigureAwait(false);
        var trades = new List<TradingTrade>();
        foreach (var order in orders)
        {
            if (order.FilledQuantity <= 0 || string.IsNullOrEmpty(order.GrowwOrderId))
            {
                continue;
            }

            var segment = order.Segment ?? GrowwTradingMapping.ToWire(GrowwTradingMapping.FromWire(order.Exchange, order.Segment)).Segment;
            for (var page = 0; page < MaxPages; page++)
            {
                var batch = await _client.Orders.GetTradesOfOrderAsync(order.GrowwOrderId, segment, page, TradePageSize, cancellationToken).ConfigureAwait(false);
                trades.AddRange(batch.Select(GrowwTradingMapping.ToNeutral));
                if (batch.Count < TradePageSize)
                {
                    break;
                }
            }
        }

        return trades;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<TradingPosition>> GetPositionsAsync(CancellationToken cancellationToken = default)
    {
        var positions = await _client.Portfolio.GetPositionsAsync(null, cancellationToken).ConfigureAwait(false);
        return [.. positions.Select(GrowwTradingMapping.ToNeutral)];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<TradingHolding>> GetHoldingsAsync(CancellationToken cancellationToken = default)
    {
        var holdings = await _client.Portfolio.GetHoldingsAsync(cancellationToken).ConfigureAwait(false);
        return [.. holdings.Select(GrowwTradingMapping.ToNeutral)];
    }

    /// <inheritdoc/>
    public async Task<TradingFunds> GetFundsAsync(CancellationToken cancellationToken = default)
    {
        var margin = await _client.Margins.GetAvailableMarginAsync(cancellationToken).ConfigureAwait(false);
        return GrowwTradingMapping.ToNeutral(margin);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<TradingInstrument, decimal>> GetLastPricesAsync(IReadOnlyCollection<TradingInstrument> instruments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        var bySegment = new Dictionary<GrowwSegment, List<(string Key, TradingInstrument Instrument)>>();
        foreach (var instrument in instruments)
        {
            TradingValidation.ValidateInstrument(BrokerName, instrument);
            var (exchange, segment) = GrowwTradingMapping.ToWire(instrument.Exchange);
            var symbol = await ResolveSymbolAsync(instrument, cancellationToken).ConfigureAwait(false);
            if (!bySegment.TryGetValue(segment, out var list))
            {
                bySegment[segment] = list = [];
            }

            list.Add((GrowwTradingMapping.ExchangeSymbol(exchange, symbol), instrument));
        }

        var result = new Dictionary<TradingInstrument, decimal>();
        foreach (var (segment, items) in bySegment)
        {
            var prices = await _client.LiveData.GetLtpAsync(segment, items.Select(i => i.Key).Distinct(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
            foreach (var (key, instrument) in items)
            {
                if (prices.TryGetValue(key, out var price))
                {
                    result[instrument] = price;
                }
            }
        }

        return result;
    }

    /// <inheritdoc/>
    public async Task<TradingProfile> GetProfileAsync(CancellationToken cancellationToken = default)
    {
        var profile = await _client.User.GetProfileAsync(cancellationToken).ConfigureAwait(false);
        return GrowwTradingMapping.ToNeutral(profile);
    }

    /// <summary>Shows the broker.</summary>
    /// <returns><c>GrowwTradingClient</c>.</returns>
    public override string ToString() => nameof(GrowwTradingClient);

    private static IReadOnlyList<GrowwSegment> Segments(TradingExchange? exchange) =>
        exchange is { } e ? [GrowwTradingMapping.ToWire(e).Segment] : GrowwTradingMapping.AllSegments;

    private static (bool Price, bool Trigger) Needs(TradingOrderType orderType) => orderType switch
    {
        TradingOrderType.Limit => (true, false),
        TradingOrderType.StopLoss => (true, true),
        TradingOrderType.StopLossMarket => (false, true),
        _ => (false, false),
    };

    private static decimal? Positive(decimal? value) => value is > 0m ? value : null;

    private static TradingOrderAcknowledgement Acknowledge(string brokerOrderId, GrowwOrderAcknowledgement ack) => new()
    {
        BrokerOrderId = string.IsNullOrEmpty(ack.GrowwOrderId) ? brokerOrderId : ack.GrowwOrderId,
        Status = GrowwTradingMapping.FromWire(ack.OrderStatus, 0),
        RawStatus = ack.OrderStatus?.Value,
    };

    private static void RequireOrderId(string brokerOrderId) => _ = GrowwValidation.Validator.PathSegment(brokerOrderId, nameof(TradingOrderModification.BrokerOrderId));

    private async Task<(GrowwOrder Order, GrowwSegment Segment)> FindOrderAsync(string brokerOrderId, TradingExchange? exchange, CancellationToken cancellationToken)
    {
        foreach (var segment in Segments(exchange))
        {
            if (await _client.Orders.FindOrderAsync(brokerOrderId, segment, cancellationToken).ConfigureAwait(false) is { } order)
            {
                return (order, order.Segment is { IsEmpty: false } reported ? reported : segment);
            }
        }

        throw TradingValidation.NotFound(BrokerName, $"Groww has no order {brokerOrderId} in the {(exchange is null ? "CASH, FNO or COMMODITY segment" : $"{exchange} segment")}.");
    }

    private async Task<List<GrowwOrder>> ListGrowwOrdersAsync(CancellationToken cancellationToken)
    {
        var orders = new List<GrowwOrder>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 0; page < MaxPages; page++)
        {
            var batch = await _client.Orders.GetOrdersAsync(new GrowwOrderListRequest { Page = page, PageSize = OrderPageSize }, cancellationToken).ConfigureAwait(false);
            var added = 0;
            foreach (var order in batch)
            {
                if (order.GrowwOrderId is null || seen.Add(order.GrowwOrderId))
                {
                    orders.Add(order);
                    added++;
                }
            }

            // A short page is the last one; a page of nothing new means the server ignores paging.
            if (batch.Count < OrderPageSize || added == 0)
            {
                break;
            }
        }

        return orders;
    }

    private async ValueTask<string> ResolveSymbolAsync(TradingInstrument instrument, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(instrument.Symbol))
        {
            return instrument.Symbol;
        }

        if (_instruments is null)
        {
            throw GrowwValidation.Validator.Invalid(
                "Instrument",
                $"Groww names instruments by trading symbol, and {instrument} has only a broker id (exchange token). Pass the Symbol, or register the Groww instrument catalogue (services.AddGrowwInstruments(...) or AddGrowwClient(...).AddInstruments(...)) so the token can be resolved.");
        }

        var (exchange, segment) = GrowwTradingMapping.ToWire(instrument.Exchange);
        var snapshot = await _instruments.GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
        return snapshot.FindByExchangeToken(exchange, segment, instrument.BrokerInstrumentId!).GetSingle().TradingSymbol;
    }
}
