using Broker.Dhan.Http;
using Broker.Dhan.Logging;
using Broker.Dhan.Serialization;
using Broker.Errors;
using Broker.Http;

namespace Broker.Dhan.Orders;

/// <inheritdoc />
internal sealed class DhanOrdersClient : IDhanOrdersClient
{
    private readonly DhanClientContext _context;

    public DhanOrdersClient(DhanClientContext context) => _context = context;

    public Task<DhanOrderPlacement> PlaceOrderAsync(DhanPlaceOrderRequest request, CancellationToken cancellationToken = default)
    {
        DhanOrderValidator.Validate(request, _context.Options.MaxCorrelationIdLength);
        return PlaceValidatedAsync(request, request.CorrelationId ?? ClientReference.New(), cancellationToken);
    }

    public async Task<DhanOrderPlacement> PlaceOrderIdempotentAsync(DhanPlaceOrderRequest request, CancellationToken cancellationToken = default)
    {
        DhanOrderValidator.Validate(request, _context.Options.MaxCorrelationIdLength);
        if (request.CorrelationId is { } correlationId)
        {
            var existing = await GetOrderByCorrelationIdAsync(correlationId, cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                DhanLog.AlreadyPlaced(_context.Logger, correlationId, existing.OrderId, existing.OrderStatus.Value);
                return new DhanOrderPlacement(existing.OrderId ?? string.Empty, existing.OrderStatus, correlationId)
                {
                    AlreadyPlaced = true,
                    ExistingOrder = existing,
                };
            }
        }

        return await PlaceValidatedAsync(request, request.CorrelationId ?? ClientReference.New(), cancellationToken).ConfigureAwait(false);
    }

    public async Task<DhanSlicedOrderPlacement> SliceOrderAsync(DhanPlaceOrderRequest request, CancellationToken cancellationToken = default)
    {
        DhanOrderValidator.Validate(request, _context.Options.MaxCorrelationIdLength);
        var correlationId = request.CorrelationId ?? ClientReference.New();
        var message = _context.Requests.ApiJson(HttpMethod.Post, "orders/slicing", Body(request, correlationId), DhanJsonContext.Default.PlaceOrderBody);
        var slices = await _context.Invoker.SendAsync(message, DhanEndpoints.SliceOrder, DhanJsonContext.Default.ListDhanOrderAcknowledgement, correlationId, cancellationToken).ConfigureAwait(false);
        return new DhanSlicedOrderPlacement(slices, correlationId);
    }

    public async Task<DhanOrderAcknowledgement> ModifyOrderAsync(string orderId, DhanModifyOrderRequest request, CancellationToken cancellationToken = default)
    {
        DhanOrderValidator.Validate(orderId, request);
        Reserve(orderId);
        var body = new ModifyOrderBody
        {
            DhanClientId = _context.ClientId,
            OrderId = orderId,
            OrderType = request.OrderType,
            LegName = request.LegName,
            Quantity = request.Quantity,
            Price = request.Price ?? (request.OrderType == DhanOrderType.Market || request.OrderType == DhanOrderType.StopLossMarket ? 0m : null),
            DisclosedQuantity = request.DisclosedQuantity,
            TriggerPrice = request.TriggerPrice,
            Validity = request.Validity,
        };
        try
        {
            var message = _context.Requests.ApiJson(HttpMethod.Put, "orders/" + DhanRequestBuilder.Segment(orderId), body, DhanJsonContext.Default.ModifyOrderBody);
            return await _context.Invoker.SendAsync(message, DhanEndpoints.ModifyOrder, DhanJsonContext.Default.DhanOrderAcknowledgement, orderId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsDefinitelyNotApplied(ex))
        {
            _context.Modifications.Release(orderId);
            throw;
        }
    }

    public async Task<DhanOrderAcknowledgement> CancelOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        DhanValidation.RequireText(orderId, "OrderId");
        var message = _context.Requests.Api(HttpMethod.Delete, "orders/" + DhanRequestBuilder.Segment(orderId));
        var ack = await _context.SendAllowingEmptyAsync(message, DhanEndpoints.CancelOrder, DhanJsonContext.Default.DhanOrderAcknowledgement, orderId, cancellationToken).ConfigureAwait(false);
        return ack ?? new DhanOrderAcknowledgement { OrderId = orderId };
    }

    public async Task<IReadOnlyList<DhanOrder>> GetOrdersAsync(CancellationToken cancellationToken = default) =>
        await _context.Invoker.SendAsync(_context.Requests.Api(HttpMethod.Get, "orders"), DhanEndpoints.OrderBook, DhanJsonContext.Default.ListDhanOrder, null, cancellationToken).ConfigureAwait(false);

    public async Task<DhanOrder?> GetOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        DhanValidation.RequireText(orderId, "OrderId");
        var message = _context.Requests.Api(HttpMethod.Get, "orders/" + DhanRequestBuilder.Segment(orderId));
        var orders = await _context.Invoker.SendAsync(message, DhanEndpoints.OrderById, DhanJsonContext.Default.ListDhanOrder, null, cancellationToken).ConfigureAwait(false);
        return orders.Count == 0 ? null : orders[0];
    }

    public Task<DhanOrder?> GetOrderByCorrelationIdAsync(string correlationId, CancellationToken cancellationToken = default)
    {
        DhanValidation.RequireText(correlationId, "CorrelationId");
        return DhanCalls.NullWhenNotFoundAsync(async () =>
        {
            var message = _context.Requests.Api(HttpMethod.Get, "orders/external/" + DhanRequestBuilder.Segment(correlationId));
            var orders = await _context.Invoker.SendAsync(message, DhanEndpoints.OrderByCorrelationId, DhanJsonContext.Default.ListDhanOrder, null, cancellationToken).ConfigureAwait(false);
            return orders.OrderByDescending(o => o.CreateTime ?? DateTimeOffset.MinValue).FirstOrDefault();
        });
    }

    public async Task<IReadOnlyList<DhanTrade>> GetTradesAsync(CancellationToken cancellationToken = default) =>
        await _context.Invoker.SendAsync(_context.Requests.Api(HttpMethod.Get, "trades"), DhanEndpoints.TradeBook, DhanJsonContext.Default.ListDhanTrade, null, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<DhanTrade>> GetTradesOfOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        DhanValidation.RequireText(orderId, "OrderId");
        var message = _context.Requests.Api(HttpMethod.Get, "trades/" + DhanRequestBuilder.Segment(orderId));
        return await _context.Invoker.SendAsync(message, DhanEndpoints.TradesOfOrder, DhanJsonContext.Default.ListDhanTrade, null, cancellationToken).ConfigureAwait(false);
    }

    private void Reserve(string orderId)
    {
        try
        {
            _context.Modifications.Reserve(orderId);
        }
        catch (BrokerValidationException)
        {
            DhanLog.ModificationLimitReached(_context.Logger, orderId, _context.Options.RateLimits.MaxModificationsPerOrder);
            throw;
        }
    }

    private async Task<DhanOrderPlacement> PlaceValidatedAsync(DhanPlaceOrderRequest request, string correlationId, CancellationToken cancellationToken)
    {
        var message = _context.Requests.ApiJson(HttpMethod.Post, "orders", Body(request, correlationId), DhanJsonContext.Default.PlaceOrderBody);
        var ack = await _context.Invoker.SendAsync(message, DhanEndpoints.PlaceOrder, DhanJsonContext.Default.DhanOrderAcknowledgement, correlationId, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(ack.OrderId))
        {
            throw new OrderOutcomeUnknownException(
                correlationId,
                $"Dhan {DhanEndpoints.PlaceOrder.Name} answered without an order id. The order may or may not have been placed: look it up by its correlation id '{correlationId}' before sending it again.")
            {
                Broker = Errors.DhanErrorReader.Broker,
                Endpoint = DhanEndpoints.PlaceOrder.Name,
                Category = ErrorCategory.InvalidResponse,
            };
        }

        return new DhanOrderPlacement(ack.OrderId, ack.OrderStatus, correlationId);
    }

    private PlaceOrderBody Body(DhanPlaceOrderRequest request, string correlationId) => new()
    {
        DhanClientId = _context.ClientId,
        CorrelationId = correlationId,
        TransactionType = request.TransactionType,
        ExchangeSegment = request.ExchangeSegment,
        ProductType = request.ProductType,
        OrderType = request.OrderType,
        Validity = request.Validity,
        SecurityId = request.SecurityId,
        Quantity = request.Quantity,
        DisclosedQuantity = request.DisclosedQuantity,
        Price = request.Price ?? 0m,
        TriggerPrice = request.TriggerPrice,
        AfterMarketOrder = request.AfterMarketOrder,
        AmoTime = request.AfterMarketOrder ? request.AmoTime : null,
        BoProfitValue = request.BoProfitValue,
        BoStopLossValue = request.BoStopLossValue,
    };

    /// <summary>Whether a modification certainly did not take effect, so its reservation can be given back.</summary>
    private static bool IsDefinitelyNotApplied(Exception ex) => ex switch
    {
        OrderOutcomeUnknownException => false,
        OperationCanceledException { InnerException: OrderOutcomeUnknownException } => false,
        BrokerException or OperationCanceledException => true,
        _ => false,
    };
}
