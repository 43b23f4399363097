using Broker.Errors;
using Broker.Groww.Sending;
using Broker.Groww.Instruments;
using Broker.Groww.Logging;
using Broker.Groww.Serialization;
using Broker.Groww.Validation;
using Broker.Trading;
using Broker.Http;
using Broker.Validation;
using Broker.Instruments;
using Microsoft.Extensions.Logging;

namespace Broker.Groww.Orders;

/// <summary>The Groww orders client over the account's pipeline.</summary>
internal sealed class GrowwOrdersClient : IGrowwOrdersClient
{
    private readonly GrowwSender _sender;
    private readonly GrowwClientOptions _options;
    private readonly GrowwInstrumentCatalog? _instruments;
    private readonly ILogger _logger;

    public GrowwOrdersClient(GrowwSender sender, GrowwClientOptions options, GrowwInstrumentCatalog? instruments, ILogger logger)
    {
        _sender = sender;
        _options = options;
        _instruments = instruments;
        _logger = logger;
    }

    public ClientReferenceRule ClientReferenceRule => GrowwValidation.ReferenceRule;

    public async Task<GrowwOrderPlacement> PlaceOrderAsync(GrowwPlaceOrderRequest request, CancellationToken cancellationToken = default)
    {
        var toSend = Prepare(request);
        var reference = toSend.OrderReferenceId!;
        GrowwLog.PlacingOrder(_logger, reference, toSend.TransactionType.Value, toSend.Quantity, toSend.TradingSymbol, toSend.OrderType.Value);
        var message = _sender.Request(HttpMethod.Post, "v1/order/create", toSend, GrowwJsonContext.Default.GrowwPlaceOrderRequest);
        var placement = await _sender.SendAsync(message, GrowwEndpoints.OrderCreate, GrowwJsonContext.Default.GrowwEnvelopeGrowwOrderPlacement, reference, static p => string.IsNullOrWhiteSpace(p.GrowwOrderId) ? "a payload without groww_order_id" : null, cancellationToken).ConfigureAwait(false);
        return placement with { OrderReferenceId = reference };
    }

    public async Task<GrowwOrderPlacement> PlaceOrderIdempotentAsync(GrowwPlaceOrderRequest request, OrderOutcomeUnknownException? previousAttempt = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (previousAttempt is not null)
        {
            if (request.OrderReferenceId is not null && request.OrderReferenceId != previousAttempt.ClientReference)
            {
                throw GrowwValidation.Validator.Invalid(
                    nameof(GrowwPlaceOrderRequest.OrderReferenceId),
                    $"OrderReferenceId '{request.OrderReferenceId}' differs from the reference of the earlier attempt ('{previousAttempt.ClientReference}'); resend the order with the earlier reference so Groww can recognise it.");
            }

            request = request with { OrderReferenceId = previousAttempt.ClientReference };
        }

        var toSend = Prepare(request);
        var reference = toSend.OrderReferenceId!;
        if (previousAttempt is not null)
        {
            var existing = await FindOrderByReferenceAsync(reference, toSend.Segment, cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                GrowwLog.OrderAlreadyPlaced(_logger, reference, "found after an unknown outcome", existing.GrowwOrderId);
                return AlreadyPlaced(existing, reference);
            }

            GrowwLog.ReconciledNotFound(_logger, reference);
        }

        try
        {
            return await PlaceOrderAsync(toSend, cancellationToken).ConfigureAwait(false);
        }
        catch (DuplicateClientReferenceException)
        {
            // GA007 says an order with this reference exists; a look-up that cannot see it yet still must not place again.
            var existing = await FindOrderByReferenceAsync(reference, toSend.Segment, cancellationToken).ConfigureAwait(false)
                ?? new GrowwOrderStatusInfo { OrderReferenceId = reference };
            GrowwLog.OrderAlreadyPlaced(_logger, reference, "Groww answered GA007", existing.GrowwOrderId);
            return AlreadyPlaced(existing, reference);
        }
    }

    public Task<GrowwOrderAcknowledgement> ModifyOrderAsync(GrowwModifyOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var orderId = GrowwValidation.Validator.PathSegment(request.GrowwOrderId, nameof(request.GrowwOrderId));
        GrowwValidation.RequireSet(request.Segment.IsEmpty, nameof(request.Segment));
        GrowwValidation.Validator.Quantity(request.Quantity, _options.MaxOrderQuantity, nameof(request.Quantity), nameof(GrowwClientOptions.MaxOrderQuantity));
        GrowwValidation.PricesFor(request.OrderType, request.Price, request.TriggerPrice);
        CheckPrices(request.Price, request.TriggerPrice, null);
        var message = _sender.Request(HttpMethod.Post, "v1/order/modify", request with { GrowwOrderId = orderId }, GrowwJsonContext.Default.GrowwModifyOrderRequest);

        // No client reference exists for a modification; the order id is what a caller reconciles with.
        return _sender.SendAsync(message, GrowwEndpoints.OrderModify, GrowwJsonContext.Default.GrowwEnvelopeGrowwOrderAcknowledgement, orderId, null, cancellationToken);
    }

    public Task<GrowwOrderAcknowledgement> CancelOrderAsync(string growwOrderId, GrowwSegment segment, CancellationToken cancellationToken = default)
    {
        var orderId = GrowwValidation.Validator.PathSegment(growwOrderId, nameof(growwOrderId));
        GrowwValidation.RequireSet(segment.IsEmpty, nameof(segment));
        var message = _sender.Request(HttpMethod.Post, "v1/order/cancel", new GrowwCancelOrderBody(segment, orderId), GrowwJsonContext.Default.GrowwCancelOrderBody);
        return _sender.SendAsync(message, GrowwEndpoints.OrderCancel, GrowwJsonContext.Default.GrowwEnvelopeGrowwOrderAcknowledgement, orderId, null, cancellationToken);
    }

    public Task<GrowwOrderStatusInfo> GetOrderStatusAsync(string growwOrderId, GrowwSegment segment, CancellationToken cancellationToken = default)
    {
        var orderId = GrowwValidation.Validator.PathSegment(growwOrderId, nameof(growwOrderId));
        GrowwValidation.RequireSet(segment.IsEmpty, nameof(segment));
        var message = _sender.Request(HttpMethod.Get, "v1/order/status/" + BrokerUrl.Segment(orderId), new BrokerQuery().Add("segment", segment.Value));
        return _sender.SendAsync(message, GrowwEndpoints.OrderStatus, GrowwJsonContext.Default.GrowwEnvelopeGrowwOrderStatusInfo, cancellationToken);
    }

    public Task<GrowwOrderStatusInfo?> FindOrderByReferenceAsync(string orderReferenceId, GrowwSegment segment, CancellationToken cancellationToken = default)
    {
        var reference = GrowwValidation.Validator.PathSegment(orderReferenceId, nameof(orderReferenceId));
        GrowwValidation.ReferenceId(reference, nameof(orderReferenceId));
        GrowwValidation.RequireSet(segment.IsEmpty, nameof(segment));
        var message = _sender.Request(HttpMethod.Get, "v1/order/status/reference/" + BrokerUrl.Segment(reference), new BrokerQuery().Add("segment", segment.Value));
        return _sender.FindAsync(message, GrowwEndpoints.OrderStatusByReference, GrowwJsonContext.Default.GrowwEnvelopeGrowwOrderStatusInfo, cancellationToken);
    }

    public Task<IReadOnlyList<GrowwOrder>> GetOrdersAsync(CancellationToken cancellationToken) => GetOrdersAsync(null, cancellationToken);

    public async Task<IReadOnlyList<GrowwOrder>> GetOrdersAsync(GrowwOrderListRequest? request = null, CancellationToken cancellationToken = default)
    {
        request ??= new GrowwOrderListRequest();
        GrowwValidation.RequireRange(request.Page, 0, int.MaxValue, nameof(request.Page));
        GrowwValidation.RequireRange(request.PageSize, 1, _options.MaxOrderListPageSize, nameof(request.PageSize));
        var pageSize = request.PageSize ?? _options.DefaultOrderListPageSize;
        var query = new BrokerQuery().Add("segment", request.Segment?.Value).Add("page", request.Page).Add("page_size", pageSize);
        var message = _sender.Request(HttpMethod.Get, "v1/order/list", query);
        var payload = await _sender.SendAsync(message, GrowwEndpoints.OrderList, GrowwJsonContext.Default.GrowwEnvelopeGrowwOrderListPayload, cancellationToken).ConfigureAwait(false);
        return payload.OrderList ?? [];
    }

    public Task<GrowwOrder?> FindOrderAsync(string growwOrderId, GrowwSegment segment, CancellationToken cancellationToken = default)
    {
        var orderId = GrowwValidation.Validator.PathSegment(growwOrderId, nameof(growwOrderId));
        GrowwValidation.RequireSet(segment.IsEmpty, nameof(segment));
        var message = _sender.Request(HttpMethod.Get, "v1/order/detail/" + BrokerUrl.Segment(orderId), new BrokerQuery().Add("segment", segment.Value));
        return _sender.FindAsync(message, GrowwEndpoints.OrderDetail, GrowwJsonContext.Default.GrowwEnvelopeGrowwOrder, cancellationToken);
    }

    public Task<GrowwOrder?> WaitForFinalStatusAsync(string growwOrderId, GrowwSegment segment, TimeSpan timeout, TimeSpan? pollInterval = null, CancellationToken cancellationToken = default)
    {
        GrowwValidation.Validator.PathSegment(growwOrderId, nameof(growwOrderId));
        GrowwValidation.RequireSet(segment.IsEmpty, nameof(segment));
        return OrderStatusWait.PollAsync(
            GrowwValidation.Validator,
            ct => FindOrderAsync(growwOrderId, segment, ct),
            static order => order.OrderStatus is { IsOutcomeKnown: true },
            timeout,
            pollInterval,
            _sender.Invoker.TimeProvider,
            cancellationToken);
    }

    public async Task<IReadOnlyList<GrowwTrade>> GetTradesOfOrderAsync(string growwOrderId, GrowwSegment segment, int? page = null, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        var orderId = GrowwValidation.Validator.PathSegment(growwOrderId, nameof(growwOrderId));
        GrowwValidation.RequireSet(segment.IsEmpty, nameof(segment));
        GrowwValidation.RequireRange(page, 0, int.MaxValue, nameof(page));
        GrowwValidation.RequireRange(pageSize, 1, 50, nameof(pageSize));
        var query = new BrokerQuery().Add("segment", segment.Value).Add("page", page).Add("page_size", pageSize);
        var message = _sender.Request(HttpMethod.Get, "v1/order/trades/" + BrokerUrl.Segment(orderId), query);
        var payload = await _sender.SendAsync(message, GrowwEndpoints.OrderTrades, GrowwJsonContext.Default.GrowwEnvelopeGrowwTradeListPayload, cancellationToken).ConfigureAwait(false);
        return payload.TradeList ?? [];
    }

    private GrowwPlaceOrderRequest Prepare(GrowwPlaceOrderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var symbol = GrowwValidation.RequireText(request.TradingSymbol, nameof(request.TradingSymbol));
        GrowwValidation.Validator.Quantity(request.Quantity, _options.MaxOrderQuantity, nameof(request.Quantity), nameof(GrowwClientOptions.MaxOrderQuantity));
        GrowwValidation.RequireSet(request.Exchange.IsEmpty, nameof(request.Exchange));
        GrowwValidation.RequireSet(request.Segment.IsEmpty, nameof(request.Segment));
        GrowwValidation.RequireSet(request.Product.IsEmpty, nameof(request.Product));
        GrowwValidation.RequireSet(request.TransactionType.IsEmpty, nameof(request.TransactionType));
        GrowwValidation.RequireSet(request.Validity.IsEmpty, nameof(request.Validity));
        GrowwValidation.PricesFor(request.OrderType, request.Price, request.TriggerPrice);
        GrowwValidation.ReferenceId(request.OrderReferenceId, nameof(request.OrderReferenceId));
        CheckPrices(request.Price, request.TriggerPrice, FindInstrument(symbol, request.Exchange, request.Segment));
        return request with { TradingSymbol = symbol, OrderReferenceId = request.OrderReferenceId ?? ClientReference.New() };
    }

    /// <summary>
    /// Prices above zero, at most <see cref="Broker.DependencyInjection.BrokerClientOptions.MaxOrderPrice"/>, and on the instrument's tick grid when
    /// the catalogue knows it (otherwise at most <see cref="GrowwClientOptions.PriceDecimals"/> decimal places).
    /// </summary>
    private void CheckPrices(decimal? price, decimal? triggerPrice, ITradableInstrument? instrument)
    {
        var options = _options;
        GrowwValidation.Validator.Price(price, options.MaxOrderPrice, options.PriceDecimals, "Price");
        GrowwValidation.Validator.Price(triggerPrice, options.MaxOrderPrice, options.PriceDecimals, "TriggerPrice");
        if (instrument is not null)
        {
            InstrumentOrderChecks.ValidatePrice(instrument, price, "Price");
            InstrumentOrderChecks.ValidatePrice(instrument, triggerPrice, "TriggerPrice");
        }
    }

    /// <summary>The instrument from the catalogue, when one is registered and loaded (never downloads on the order path).</summary>
    private GrowwInstrumentRecord? FindInstrument(string symbol, GrowwExchange exchange, GrowwSegment segment)
    {
        if (_instruments is not { IsLoaded: true } catalog)
        {
            return null;
        }

        return catalog.Snapshot.FindByTradingSymbol(symbol, exchange, segment).Instrument;
    }

    private static GrowwOrderPlacement AlreadyPlaced(GrowwOrderStatusInfo existing, string reference) => new()
    {
        GrowwOrderId = existing.GrowwOrderId,
        OrderStatus = existing.OrderStatus,
        OrderReferenceId = reference,
        Remark = existing.Remark,
        AlreadyPlaced = true,
    };
}
