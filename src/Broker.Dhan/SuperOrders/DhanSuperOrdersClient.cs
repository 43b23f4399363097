using Broker.Dhan.Sending;
using Broker.Dhan.Validation;
using Broker.Dhan.Orders;
using Broker.Dhan.Serialization;
using Broker.Errors;
using Broker.Http;

namespace Broker.Dhan.SuperOrders;

/// <inheritdoc />
internal sealed class DhanSuperOrdersClient : IDhanSuperOrdersClient
{
    private readonly DhanSender _sender;
    private readonly DhanClientOptions _options;
    private readonly DhanModificationCounter _modifications;

    public DhanSuperOrdersClient(DhanSender sender, DhanClientOptions options, DhanModificationCounter modifications)
    {
        _sender = sender;
        _options = options;
        _modifications = modifications;
    }

    public async Task<DhanOrderPlacement> PlaceAsync(DhanPlaceSuperOrderRequest request, CancellationToken cancellationToken = default)
    {
        Validate(request);
        var correlationId = request.CorrelationId ?? ClientReference.New();
        var body = new PlaceSuperOrderBody
        {
            DhanClientId = _sender.ClientId,
            CorrelationId = correlationId,
            TransactionType = request.TransactionType,
            ExchangeSegment = request.ExchangeSegment,
            ProductType = request.ProductType,
            OrderType = request.OrderType,
            SecurityId = request.SecurityId,
            Quantity = request.Quantity,
            Price = request.Price ?? 0m,
            TargetPrice = request.TargetPrice,
            StopLossPrice = request.StopLossPrice,
            TrailingJump = request.TrailingJump,
        };
        var message = _sender.Request(HttpMethod.Post, "super/orders", body, DhanJsonContext.Default.PlaceSuperOrderBody);
        var ack = await _sender.SendAsync(message, DhanEndpoints.PlaceSuperOrder, DhanJsonContext.Default.DhanOrderAcknowledgement, correlationId, null, cancellationToken).ConfigureAwait(false);
        return new DhanOrderPlacement(ack.OrderId ?? string.Empty, ack.OrderStatus, correlationId);
    }

    public async Task<DhanOrderAcknowledgement> ModifyAsync(string orderId, DhanModifySuperOrderRequest request, CancellationToken cancellationToken = default)
    {
        DhanValidation.RequireText(orderId, "OrderId");
        ArgumentNullException.ThrowIfNull(request);
        if (request.LegName == DhanLegName.EntryLeg)
        {
            DhanValidation.RequirePositive(request.Quantity ?? 0, nameof(request.Quantity));
            ValidatePrices(request.OrderType ?? default, request.Price, request.TargetPrice ?? 0m, request.StopLossPrice ?? 0m, request.TrailingJump ?? 0m);
        }

        DhanValidation.RequireNotNegative(request.TargetPrice, nameof(request.TargetPrice));
        DhanValidation.RequireNotNegative(request.StopLossPrice, nameof(request.StopLossPrice));
        DhanValidation.RequireNotNegative(request.TrailingJump, nameof(request.TrailingJump));
        if (request.LegName == DhanLegName.TargetLeg)
        {
            DhanValidation.RequirePositive(request.TargetPrice, nameof(request.TargetPrice), "for the target leg");
        }
        else if (request.LegName == DhanLegName.StopLossLeg)
        {
            DhanValidation.RequirePositive(request.StopLossPrice, nameof(request.StopLossPrice), "for the stop-loss leg");
        }

        var body = new ModifySuperOrderBody
        {
            DhanClientId = _sender.ClientId,
            OrderId = orderId,
            OrderType = request.OrderType,
            LegName = request.LegName,
            Quantity = request.Quantity,
            Price = request.Price,
            TargetPrice = request.TargetPrice,
            StopLossPrice = request.StopLossPrice,
            TrailingJump = request.TrailingJump,
        };
        _modifications.Reserve(orderId);
        try
        {
            var message = _sender.Request(HttpMethod.Put, "super/orders/" + BrokerUrl.Segment(orderId), body, DhanJsonContext.Default.ModifySuperOrderBody);
            return await _sender.SendAsync(message, DhanEndpoints.ModifySuperOrder, DhanJsonContext.Default.DhanOrderAcknowledgement, orderId, null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is BrokerException and not OrderOutcomeUnknownException)
        {
            _modifications.Release(orderId);
            throw;
        }
    }

    public async Task<DhanOrderAcknowledgement> CancelLegAsync(string orderId, DhanLegName leg, CancellationToken cancellationToken = default)
    {
        DhanValidation.RequireText(orderId, "OrderId");
        DhanValidation.RequireValue(leg, "Leg");
        var message = _sender.Request(HttpMethod.Delete, $"super/orders/{BrokerUrl.Segment(orderId)}/{BrokerUrl.Segment(leg.Value)}");
        var ack = await _sender.SendAllowingEmptyAsync(message, DhanEndpoints.CancelSuperOrderLeg, DhanJsonContext.Default.DhanOrderAcknowledgement, orderId, cancellationToken).ConfigureAwait(false);
        return ack ?? new DhanOrderAcknowledgement { OrderId = orderId };
    }

    public async Task<IReadOnlyList<DhanSuperOrder>> GetAllAsync(CancellationToken cancellationToken = default) =>
        await _sender.SendAsync(_sender.Request(HttpMethod.Get, "super/orders"), DhanEndpoints.SuperOrderList, DhanJsonContext.Default.ListDhanSuperOrder, cancellationToken).ConfigureAwait(false);

    private void Validate(DhanPlaceSuperOrderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        DhanValidation.RequireText(request.SecurityId, nameof(request.SecurityId));
        DhanValidation.RequireValue(request.ExchangeSegment, nameof(request.ExchangeSegment));
        DhanValidation.RequireValue(request.TransactionType, nameof(request.TransactionType));
        DhanValidation.RequireValue(request.ProductType, nameof(request.ProductType));
        DhanValidation.RequirePositive(request.Quantity, nameof(request.Quantity));
        ValidatePrices(request.OrderType, request.Price, request.TargetPrice, request.StopLossPrice, request.TrailingJump);
        if (request.OrderType == DhanOrderType.Limit && request.Price is { } price)
        {
            var isBuy = request.TransactionType == DhanTransactionType.Buy;
            DhanValidation.Require(isBuy ? request.TargetPrice > price : request.TargetPrice < price, nameof(request.TargetPrice), $"must be {(isBuy ? "above" : "below")} the entry price {price} for a {request.TransactionType} order.");
            DhanValidation.Require(isBuy ? request.StopLossPrice < price : request.StopLossPrice > price, nameof(request.StopLossPrice), $"must be {(isBuy ? "below" : "above")} the entry price {price} for a {request.TransactionType} order.");
        }

        DhanValidation.CorrelationId(request.CorrelationId, DhanValidation.CorrelationIdRule(_options.MaxCorrelationIdLength));
    }

    private static void ValidatePrices(DhanOrderType orderType, decimal? price, decimal targetPrice, decimal stopLossPrice, decimal trailingJump)
    {
        DhanValidation.RequireValue(orderType, "OrderType");
        DhanValidation.Require(orderType == DhanOrderType.Limit || orderType == DhanOrderType.Market, "OrderType", $"must be LIMIT or MARKET for a super order; it is {orderType}.");
        DhanOrderValidator.ValidatePrices(orderType, price, null);
        DhanValidation.RequirePositive(targetPrice, "TargetPrice", "for a super order");
        DhanValidation.RequirePositive(stopLossPrice, "StopLossPrice", "for a super order");
        DhanValidation.RequireNotNegative(trailingJump, "TrailingJump");
    }
}
