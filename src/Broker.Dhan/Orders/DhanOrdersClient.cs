using Broker.Dhan.Sending;
using Broker.Dhan.Validation;
using Broker.Trading;
using Broker.Dhan.Logging;
using Broker.Dhan.Serialization;
using Broker.Errors;
using Broker.Http;
using Broker.Validation;

using Microsoft.Extensions.Logging;

namespace Broker.Dhan.Orders;

/// <inheritdoc />
internal sealed class DhanOrdersClient : IDhanOrdersClient
{
    /// <summary>How often a just-sent order is looked for while it may still be settling.</summary>
    private static readonly TimeSpan SettlePollInterval = TimeSpan.FromMilliseconds(500);

    private readonly DhanSender _sender;
    private readonly DhanClientOptions _options;
    private readonly DhanModificationCounter _modifications;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    public DhanOrdersClient(DhanSender sender, DhanClientOptions options, DhanModificationCounter modifications, TimeProvider clock, ILogger logger)
    {
        _sender = sender;
        _options = options;
        _modifications = modifications;
        _clock = clock;
        _logger = logger;
        ClientReferenceRule = DhanValidation.CorrelationIdRule(options.MaxCorrelationIdLength);
    }

    public ClientReferenceRule ClientReferenceRule { get; }

    public Task<DhanOrderPlacement> PlaceOrderAsync(DhanPlaceOrderRequest request, CancellationToken cancellationToken = default)
    {
        DhanOrderValidator.Validate(request, _options);
        return PlaceValidatedAsync(request, request.CorrelationId ?? ClientReference.New(), cancellationToken);
    }

    public async Task<DhanOrderPlacement> PlaceOrderIdempotentAsync(DhanPlaceOrderRequest request, OrderOutcomeUnknownException? previousAttempt = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (previousAttempt is not null)
        {
            DhanValidation.Require(
                request.CorrelationId is null || request.CorrelationId == previousAttempt.ClientReference,
                nameof(request.CorrelationId),
                $"'{request.CorrelationId}' differs from the correlation id of the earlier attempt ('{previousAttempt.ClientReference}'); resend with the earlier one so the order can be recognised.");
            request = request with { CorrelationId = previousAttempt.ClientReference };
        }

        DhanOrderValidator.Validate(request, _options);
        if (request.CorrelationId is { } correlationId)
        {
            var existing = await FindPlacedAsync(correlationId, previousAttempt, cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                DhanLog.AlreadyPlaced(_logger, correlationId, existing.OrderId, existing.OrderStatus.Value);
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
        DhanOrderValidator.Validate(request, _options);
        var correlationId = request.CorrelationId ?? ClientReference.New();
        var message = _sender.Request(HttpMethod.Post, "orders/slicing", Body(request, correlationId), DhanJsonContext.Default.PlaceOrderBody);
        var slices = await _sender.SendAsync(message, DhanEndpoints.SliceOrder, DhanJsonContext.Default.ListDhanOrderAcknowledgement, correlationId, null, cancellationToken).ConfigureAwait(false);
        return new DhanSlicedOrderPlacement(slices, correlationId);
    }

    public async Task<DhanOrderAcknowledgement> ModifyOrderAsync(string orderId, DhanModifyOrderRequest request, CancellationToken cancellationToken = default)
    {
        DhanOrderValidator.Validate(orderId, request, _options);
        Reserve(orderId);
        var body = new ModifyOrderBody
        {
            DhanClientId = _sender.ClientId,
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
            var message = _sender.Request(HttpMethod.Put, "orders/" + BrokerUrl.Segment(orderId), body, DhanJsonContext.Default.ModifyOrderBody);
            return await _sender.SendAsync(message, DhanEndpoints.ModifyOrder, DhanJsonContext.Default.DhanOrderAcknowledgement, orderId, null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsDefinitelyNotApplied(ex))
        {
            _modifications.Release(orderId);
            throw;
        }
    }

    public async Task<DhanOrderAcknowledgement> CancelOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        DhanValidation.PathId(orderId, "OrderId");
        var message = _sender.Request(HttpMethod.Delete, "orders/" + BrokerUrl.Segment(orderId));
        var ack = await _sender.SendAllowingEmptyAsync(message, DhanEndpoints.CancelOrder, DhanJsonContext.Default.DhanOrderAcknowledgement, orderId, cancellationToken).ConfigureAwait(false);
        return ack ?? new DhanOrderAcknowledgement { OrderId = orderId };
    }

    public async Task<IReadOnlyList<DhanOrder>> GetOrdersAsync(CancellationToken cancellationToken = default) =>
        await _sender.SendAsync(_sender.Request(HttpMethod.Get, "orders"), DhanEndpoints.OrderBook, DhanJsonContext.Default.ListDhanOrder, cancellationToken).ConfigureAwait(false);

    public Task<DhanOrder?> WaitForFinalStatusAsync(string orderId, TimeSpan timeout, TimeSpan? pollInterval = null, CancellationToken cancellationToken = default)
    {
        DhanValidation.PathId(orderId, "OrderId");
        return OrderStatusWait.PollAsync(
            DhanValidation.Validator,
            ct => FindOrderAsync(orderId, ct),
            static order => order.OrderStatus.IsTerminal,
            timeout,
            pollInterval,
            _clock,
            cancellationToken);
    }

    public async Task<DhanOrder?> FindOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        DhanValidation.PathId(orderId, "OrderId");
        var message = _sender.Request(HttpMethod.Get, "orders/" + BrokerUrl.Segment(orderId));

        // Dhan answers an unknown id with 200 [] (or a 404): both are "no such order".
        var orders = await _sender.FindAsync(message, DhanEndpoints.OrderById, DhanJsonContext.Default.ListDhanOrder, cancellationToken).ConfigureAwait(false);
        return orders is { Count: > 0 } ? orders[0] : null;
    }

    public async Task<DhanOrder?> FindOrderByReferenceAsync(string correlationId, CancellationToken cancellationToken = default)
    {
        DhanValidation.PathId(correlationId, "CorrelationId");
        var message = _sender.Request(HttpMethod.Get, "orders/external/" + BrokerUrl.Segment(correlationId));
        var orders = await _sender.FindAsync(message, DhanEndpoints.OrderByCorrelationId, DhanJsonContext.Default.ListDhanOrder, cancellationToken).ConfigureAwait(false);
        return orders?.OrderByDescending(o => o.CreateTime ?? DateTimeOffset.MinValue).FirstOrDefault();
    }

    public async Task<IReadOnlyList<DhanTrade>> GetTradesAsync(CancellationToken cancellationToken = default) =>
        await _sender.SendAsync(_sender.Request(HttpMethod.Get, "trades"), DhanEndpoints.TradeBook, DhanJsonContext.Default.ListDhanTrade, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<DhanTrade>> GetTradesOfOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        DhanValidation.PathId(orderId, "OrderId");
        var message = _sender.Request(HttpMethod.Get, "trades/" + BrokerUrl.Segment(orderId));
        return await _sender.SendAsync(message, DhanEndpoints.TradesOfOrder, DhanJsonContext.Default.ListDhanTrade, cancellationToken).ConfigureAwait(false);
    }

    private void Reserve(string orderId)
    {
        try
        {
            _modifications.Reserve(orderId);
        }
        catch (BrokerValidationException)
        {
            DhanLog.ModificationLimitReached(_logger, orderId, _options.RateLimits.MaxModificationsPerOrder);
            throw;
        }
    }

    private async Task<DhanOrderPlacement> PlaceValidatedAsync(DhanPlaceOrderRequest request, string correlationId, CancellationToken cancellationToken)
    {
        var message = _sender.Request(HttpMethod.Post, "orders", Body(request, correlationId), DhanJsonContext.Default.PlaceOrderBody);
        var raw = await _sender.Invoker.SendForRawAsync(message, DhanEndpoints.PlaceOrder, correlationId, cancellationToken).ConfigureAwait(false);
        var ack = _sender.Invoker.Deserialize(raw, DhanEndpoints.PlaceOrder, DhanJsonContext.Default.DhanOrderAcknowledgement, correlationId);
        if (string.IsNullOrWhiteSpace(ack.OrderId))
        {
            throw _sender.Invoker.Unusable(raw, DhanEndpoints.PlaceOrder, correlationId, "an acknowledgement without orderId");
        }

        return new DhanOrderPlacement(ack.OrderId, ack.OrderStatus, correlationId);
    }

    /// <summary>
    /// Looks for an order placed with <paramref name="correlationId"/>: by correlation id, then in the order book (an
    /// order in TRANSIT can be missing from the first and present in the second). After an unknown outcome both are
    /// repeated until <see cref="DhanClientOptions.IdempotentPlacementSettleWindow"/> has passed since it, because a
    /// just-sent order may not be visible yet.
    /// </summary>
    private async Task<DhanOrder?> FindPlacedAsync(string correlationId, OrderOutcomeUnknownException? previousAttempt, CancellationToken cancellationToken)
    {
        var clock = _clock;
        var deadline = previousAttempt is null ? DateTimeOffset.MinValue : previousAttempt.OccurredAt + _options.IdempotentPlacementSettleWindow;
        while (true)
        {
            var found = await FindOrderByReferenceAsync(correlationId, cancellationToken).ConfigureAwait(false)
                ?? FindInBook(await GetOrdersAsync(cancellationToken).ConfigureAwait(false), correlationId);
            var remaining = deadline - clock.GetUtcNow();
            if (found is not null || remaining <= TimeSpan.Zero)
            {
                return found;
            }

            DhanLog.WaitingForOrderToSettle(_logger, correlationId, remaining.TotalMilliseconds);
            var pause = remaining < SettlePollInterval ? remaining : SettlePollInterval;
            await Task.Delay(pause, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    private static DhanOrder? FindInBook(IReadOnlyList<DhanOrder> book, string correlationId) =>
        book.Where(o => string.Equals(o.CorrelationId, correlationId, StringComparison.Ordinal))
            .OrderByDescending(o => o.CreateTime ?? DateTimeOffset.MinValue)
            .FirstOrDefault();

    private PlaceOrderBody Body(DhanPlaceOrderRequest request, string correlationId) => new()
    {
        DhanClientId = _sender.ClientId,
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
