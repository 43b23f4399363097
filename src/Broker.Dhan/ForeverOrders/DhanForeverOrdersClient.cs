using Broker.Dhan.Sending;
using Broker.Dhan.Validation;
using Broker.Dhan.Orders;
using Broker.Dhan.Serialization;
using Broker.Errors;
using Broker.Http;

namespace Broker.Dhan.ForeverOrders;

/// <inheritdoc />
internal sealed class DhanForeverOrdersClient : IDhanForeverOrdersClient
{
    private readonly DhanSender _sender;
    private readonly DhanClientOptions _options;
    private readonly DhanModificationCounter _modifications;

    public DhanForeverOrdersClient(DhanSender sender, DhanClientOptions options, DhanModificationCounter modifications)
    {
        _sender = sender;
        _options = options;
        _modifications = modifications;
    }

    public async Task<DhanOrderPlacement> CreateAsync(DhanPlaceForeverOrderRequest request, CancellationToken cancellationToken = default)
    {
        Validate(request);
        var correlationId = request.CorrelationId ?? ClientReference.New();
        var body = new PlaceForeverOrderBody
        {
            DhanClientId = _sender.ClientId,
            CorrelationId = correlationId,
            OrderFlag = request.OrderFlag,
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
            Price1 = request.Price1,
            TriggerPrice1 = request.TriggerPrice1,
            Quantity1 = request.Quantity1,
        };
        var message = _sender.Request(HttpMethod.Post, "forever/orders", body, DhanJsonContext.Default.PlaceForeverOrderBody);
        var ack = await _sender.SendAsync(message, DhanEndpoints.PlaceForeverOrder, DhanJsonContext.Default.DhanOrderAcknowledgement, correlationId, null, cancellationToken).ConfigureAwait(false);
        return new DhanOrderPlacement(ack.OrderId ?? string.Empty, ack.OrderStatus, correlationId);
    }

    public async Task<DhanOrderAcknowledgement> ModifyAsync(string orderId, DhanModifyForeverOrderRequest request, CancellationToken cancellationToken = default)
    {
        DhanValidation.RequireText(orderId, "OrderId");
        ArgumentNullException.ThrowIfNull(request);
        DhanValidation.RequireValue(request.OrderFlag, nameof(request.OrderFlag));
        DhanValidation.RequireValue(request.LegName, nameof(request.LegName));
        DhanValidation.RequireValue(request.Validity, nameof(request.Validity));
        DhanValidation.RequirePositive(request.Quantity, nameof(request.Quantity));
        DhanOrderValidator.ValidatePrices(request.OrderType, request.Price, null);
        DhanValidation.RequirePositive(request.TriggerPrice, nameof(request.TriggerPrice), "for a forever order");
        var body = new ModifyForeverOrderBody
        {
            DhanClientId = _sender.ClientId,
            OrderId = orderId,
            OrderFlag = request.OrderFlag,
            OrderType = request.OrderType,
            LegName = request.LegName,
            Quantity = request.Quantity,
            Price = request.Price ?? 0m,
            DisclosedQuantity = request.DisclosedQuantity,
            TriggerPrice = request.TriggerPrice,
            Validity = request.Validity,
        };
        _modifications.Reserve(orderId);
        try
        {
            var message = _sender.Request(HttpMethod.Put, "forever/orders/" + BrokerUrl.Segment(orderId), body, DhanJsonContext.Default.ModifyForeverOrderBody);
            return await _sender.SendAsync(message, DhanEndpoints.ModifyForeverOrder, DhanJsonContext.Default.DhanOrderAcknowledgement, orderId, null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is BrokerException and not OrderOutcomeUnknownException)
        {
            _modifications.Release(orderId);
            throw;
        }
    }

    public async Task<DhanOrderAcknowledgement> CancelAsync(string orderId, CancellationToken cancellationToken = default)
    {
        DhanValidation.RequireText(orderId, "OrderId");
        var message = _sender.Request(HttpMethod.Delete, "forever/orders/" + BrokerUrl.Segment(orderId));
        var ack = await _sender.SendAllowingEmptyAsync(message, DhanEndpoints.CancelForeverOrder, DhanJsonContext.Default.DhanOrderAcknowledgement, orderId, cancellationToken).ConfigureAwait(false);
        return ack ?? new DhanOrderAcknowledgement { OrderId = orderId };
    }

    public async Task<IReadOnlyList<DhanForeverOrder>> GetAllAsync(CancellationToken cancellationToken = default) =>
        await _sender.SendAsync(_sender.Request(HttpMethod.Get, "forever/orders"), DhanEndpoints.ForeverOrderList, DhanJsonContext.Default.ListDhanForeverOrder, cancellationToken).ConfigureAwait(false);

    private void Validate(DhanPlaceForeverOrderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        DhanValidation.RequireValue(request.OrderFlag, nameof(request.OrderFlag));
        DhanValidation.RequireText(request.SecurityId, nameof(request.SecurityId));
        DhanValidation.RequireValue(request.ExchangeSegment, nameof(request.ExchangeSegment));
        DhanValidation.RequireValue(request.TransactionType, nameof(request.TransactionType));
        DhanValidation.RequireValue(request.ProductType, nameof(request.ProductType));
        DhanValidation.RequireValue(request.Validity, nameof(request.Validity));
        DhanValidation.RequirePositive(request.Quantity, nameof(request.Quantity));
        DhanOrderValidator.ValidatePrices(request.OrderType, request.Price, null);
        DhanValidation.RequirePositive(request.TriggerPrice, nameof(request.TriggerPrice), "for a forever order");
        if (request.OrderFlag == DhanForeverOrderFlag.Oco)
        {
            DhanValidation.RequirePositive(request.TriggerPrice1, nameof(request.TriggerPrice1), "for an OCO order");
            DhanValidation.RequirePositive(request.Quantity1 ?? 0, nameof(request.Quantity1));
            if (request.OrderType == DhanOrderType.Limit)
            {
                DhanValidation.RequirePositive(request.Price1, nameof(request.Price1), "for a LIMIT OCO order");
            }
        }
        else
        {
            DhanValidation.Require(request.Price1 is null && request.TriggerPrice1 is null && request.Quantity1 is null, nameof(request.Price1), "Price1, TriggerPrice1 and Quantity1 apply only to OCO orders.");
        }

        DhanValidation.CorrelationId(request.CorrelationId, DhanValidation.CorrelationIdRule(_options.MaxCorrelationIdLength));
    }
}
