using Broker.Errors;
using Broker.Groww.Sending;
using Broker.Groww.Serialization;
using Broker.Groww.Validation;
using Broker.Http;
using Broker.Time;

namespace Broker.Groww.SmartOrders;

/// <summary>The Groww smart-orders client over the account's pipeline.</summary>
internal sealed class GrowwSmartOrdersClient : IGrowwSmartOrdersClient
{
    private readonly GrowwSender _sender;

    public GrowwSmartOrdersClient(GrowwSender sender)
    {
        _sender = sender;
    }

    public async Task<GrowwSmartOrderPlacement> CreateGttAsync(GrowwCreateGttRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var symbol = GrowwValidation.RequireText(request.TradingSymbol, nameof(request.TradingSymbol));
        GrowwValidation.RequireSet(request.Segment.IsEmpty, nameof(request.Segment));
        GrowwValidation.RequireSet(request.Exchange.IsEmpty, nameof(request.Exchange));
        GrowwValidation.RequireSet(request.ProductType.IsEmpty, nameof(request.ProductType));
        GrowwValidation.RequireSet(request.Duration.IsEmpty, nameof(request.Duration));
        GrowwValidation.RequirePositive(request.Quantity, nameof(request.Quantity));
        RequirePrice(request.TriggerPrice, nameof(request.TriggerPrice));
        GrowwValidation.RequireSet(request.TriggerDirection.IsEmpty, nameof(request.TriggerDirection));
        if (request.Order is null)
        {
            throw GrowwValidation.Validator.Invalid(nameof(request.Order), "Order is required: the order a GTT places when it triggers.");
        }

        GrowwValidation.RequireSet(request.Order.TransactionType.IsEmpty, "Order.TransactionType");
        LegPrice(request.Order.OrderType, request.Order.Price, "Order.OrderType", "Order.Price", limitTypes: ["LIMIT", "SL"], allowedTypes: ["LIMIT", "SL", "MARKET", "SL_M"]);
        GrowwValidation.ReferenceId(request.ReferenceId, nameof(request.ReferenceId));
        var toSend = request with { TradingSymbol = symbol, ReferenceId = request.ReferenceId ?? ClientReference.New() };
        var message = _sender.Request(HttpMethod.Post, "v1/order-advance/create", toSend, GrowwJsonContext.Default.GrowwCreateGttRequest);
        var order = await _sender.SendAsync(message, GrowwEndpoints.SmartOrderCreate, GrowwJsonContext.Default.GrowwEnvelopeGrowwSmartOrder, toSend.ReferenceId, MissingId, cancellationToken).ConfigureAwait(false);
        return new GrowwSmartOrderPlacement(toSend.ReferenceId!, order);
    }

    public async Task<GrowwSmartOrderPlacement> CreateOcoAsync(GrowwCreateOcoRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var symbol = GrowwValidation.RequireText(request.TradingSymbol, nameof(request.TradingSymbol));
        GrowwValidation.RequireSet(request.Segment.IsEmpty, nameof(request.Segment));
        GrowwValidation.RequireSet(request.Exchange.IsEmpty, nameof(request.Exchange));
        GrowwValidation.RequireSet(request.ProductType.IsEmpty, nameof(request.ProductType));
        GrowwValidation.RequireSet(request.Duration.IsEmpty, nameof(request.Duration));
        GrowwValidation.RequireSet(request.TransactionType.IsEmpty, nameof(request.TransactionType));
        GrowwValidation.RequirePositive(request.Quantity, nameof(request.Quantity));
        if (request.NetPositionQuantity == 0 || request.Quantity > Math.Abs(request.NetPositionQuantity))
        {
            throw GrowwValidation.Validator.Invalid(
                nameof(request.NetPositionQuantity),
                $"An OCO protects an open position: NetPositionQuantity must be non-zero and Quantity ({request.Quantity}) at most its absolute value ({Math.Abs(request.NetPositionQuantity)}).");
        }

        OcoLeg(request.Target, "Target", limitTypes: ["LIMIT"], allowedTypes: ["LIMIT", "MARKET"]);
        OcoLeg(request.StopLoss, "StopLoss", limitTypes: ["SL"], allowedTypes: ["SL", "SL_M"]);
        GrowwValidation.ReferenceId(request.ReferenceId, nameof(request.ReferenceId));
        var toSend = request with { TradingSymbol = symbol, ReferenceId = request.ReferenceId ?? ClientReference.New() };
        var message = _sender.Request(HttpMethod.Post, "v1/order-advance/create", toSend, GrowwJsonContext.Default.GrowwCreateOcoRequest);
        var order = await _sender.SendAsync(message, GrowwEndpoints.SmartOrderCreate, GrowwJsonContext.Default.GrowwEnvelopeGrowwSmartOrder, toSend.ReferenceId, MissingId, cancellationToken).ConfigureAwait(false);
        return new GrowwSmartOrderPlacement(toSend.ReferenceId!, order);
    }

    public Task<GrowwSmartOrder> ModifyGttAsync(string smartOrderId, GrowwModifyGttRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = GrowwValidation.Validator.PathSegment(smartOrderId, nameof(smartOrderId));
        GrowwValidation.RequireSet(request.Segment.IsEmpty, nameof(request.Segment));
        if (request.Quantity is { } quantity)
        {
            GrowwValidation.RequirePositive(quantity, nameof(request.Quantity));
        }

        if (request.TriggerPrice is not null)
        {
            RequirePrice(request.TriggerPrice, nameof(request.TriggerPrice));
        }

        if (request.Order is { } order)
        {
            GrowwValidation.RequireSet(order.TransactionType.IsEmpty, "Order.TransactionType");
            LegPrice(order.OrderType, order.Price, "Order.OrderType", "Order.Price", limitTypes: ["LIMIT", "SL"], allowedTypes: ["LIMIT", "SL", "MARKET", "SL_M"]);
        }

        var message = _sender.Request(HttpMethod.Put, "v1/order-advance/modify/" + BrokerUrl.Segment(id), request, GrowwJsonContext.Default.GrowwModifyGttRequest);
        return _sender.SendAsync(message, GrowwEndpoints.SmartOrderModify, GrowwJsonContext.Default.GrowwEnvelopeGrowwSmartOrder, id, null, cancellationToken);
    }

    public Task<GrowwSmartOrder> ModifyOcoAsync(string smartOrderId, GrowwModifyOcoRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = GrowwValidation.Validator.PathSegment(smartOrderId, nameof(smartOrderId));
        GrowwValidation.RequireSet(request.Segment.IsEmpty, nameof(request.Segment));
        if (request.Quantity is { } quantity)
        {
            GrowwValidation.RequirePositive(quantity, nameof(request.Quantity));
        }

        if (request.Target?.TriggerPrice is not null)
        {
            RequirePrice(request.Target.TriggerPrice, "Target.TriggerPrice");
        }

        if (request.StopLoss?.TriggerPrice is not null)
        {
            RequirePrice(request.StopLoss.TriggerPrice, "StopLoss.TriggerPrice");
        }

        var message = _sender.Request(HttpMethod.Put, "v1/order-advance/modify/" + BrokerUrl.Segment(id), request, GrowwJsonContext.Default.GrowwModifyOcoRequest);
        return _sender.SendAsync(message, GrowwEndpoints.SmartOrderModify, GrowwJsonContext.Default.GrowwEnvelopeGrowwSmartOrder, id, null, cancellationToken);
    }

    public Task<GrowwSmartOrder> CancelAsync(GrowwSegment segment, GrowwSmartOrderType smartOrderType, string smartOrderId, CancellationToken cancellationToken = default)
    {
        var (seg, type, id) = PathParts(segment, smartOrderType, smartOrderId);
        var message = _sender.Request(HttpMethod.Post, $"v1/order-advance/cancel/{seg}/{type}/{BrokerUrl.Segment(id)}");
        return _sender.SendAsync(message, GrowwEndpoints.SmartOrderCancel, GrowwJsonContext.Default.GrowwEnvelopeGrowwSmartOrder, id, null, cancellationToken);
    }

    public Task<GrowwSmartOrder?> FindAsync(GrowwSegment segment, GrowwSmartOrderType smartOrderType, string smartOrderId, CancellationToken cancellationToken = default)
    {
        var (seg, type, id) = PathParts(segment, smartOrderType, smartOrderId);
        var message = _sender.Request(HttpMethod.Get, $"v1/order-advance/status/{seg}/{type}/internal/{BrokerUrl.Segment(id)}");
        return _sender.FindAsync(message, GrowwEndpoints.SmartOrderGet, GrowwJsonContext.Default.GrowwEnvelopeGrowwSmartOrder, cancellationToken);
    }

    public Task<IReadOnlyList<GrowwSmartOrder>> GetAllAsync(CancellationToken cancellationToken) => GetAllAsync(null, cancellationToken);

    public async Task<IReadOnlyList<GrowwSmartOrder>> GetAllAsync(GrowwSmartOrderListRequest? request = null, CancellationToken cancellationToken = default)
    {
        request ??= new GrowwSmartOrderListRequest();
        GrowwValidation.RequireRange(request.Page, 0, 500, nameof(request.Page));
        GrowwValidation.RequireRange(request.PageSize, 1, 50, nameof(request.PageSize));
        if (request.StartDateTime is { } start && request.EndDateTime is { } end)
        {
            if (end < start)
            {
                throw GrowwValidation.Validator.Invalid(nameof(request.EndDateTime), "EndDateTime must not be before StartDateTime.");
            }

            if (end - start > TimeSpan.FromDays(31))
            {
                throw GrowwValidation.Validator.Invalid(nameof(request.EndDateTime), $"The range from StartDateTime to EndDateTime may be at most one month; it is {(end - start).TotalDays:0.#} days.");
            }
        }

        var query = new BrokerQuery()
            .Add("segment", request.Segment?.Value)
            .Add("smart_order_type", request.SmartOrderType?.Value)
            .Add("status", request.Status?.Value)
            .Add("page", request.Page)
            .Add("page_size", request.PageSize)
            .Add("start_date_time", request.StartDateTime is { } s ? IndianTime.Format(s, "yyyy-MM-dd'T'HH:mm:ss") : null)
            .Add("end_date_time", request.EndDateTime is { } e ? IndianTime.Format(e, "yyyy-MM-dd'T'HH:mm:ss") : null);
        var message = _sender.Request(HttpMethod.Get, "v1/order-advance/list", query);
        var payload = await _sender.SendAsync(message, GrowwEndpoints.SmartOrderList, GrowwJsonContext.Default.GrowwEnvelopeGrowwSmartOrderListPayload, cancellationToken).ConfigureAwait(false);
        return payload.Orders ?? [];
    }

    private static (string Segment, string Type, string Id) PathParts(GrowwSegment segment, GrowwSmartOrderType smartOrderType, string smartOrderId)
    {
        var id = GrowwValidation.Validator.PathSegment(smartOrderId, nameof(smartOrderId));
        GrowwValidation.RequireSet(segment.IsEmpty, nameof(segment));
        GrowwValidation.RequireSet(smartOrderType.IsEmpty, nameof(smartOrderType));
        return (BrokerUrl.Segment(segment.Value), BrokerUrl.Segment(smartOrderType.Value), id);
    }

    private static void RequirePrice(decimal? value, string field)
    {
        if (value is null or <= 0m)
        {
            throw GrowwValidation.Validator.Invalid(field, $"{field} is required and must be greater than zero.");
        }
    }

    private static void OcoLeg(GrowwOcoLeg? leg, string name, string[] limitTypes, string[] allowedTypes)
    {
        if (leg is null)
        {
            throw GrowwValidation.Validator.Invalid(name, $"{name} is required for an OCO.");
        }

        RequirePrice(leg.TriggerPrice, $"{name}.TriggerPrice");
        LegPrice(leg.OrderType ?? default, leg.Price, $"{name}.OrderType", $"{name}.Price", limitTypes, allowedTypes);
    }

    private static void LegPrice(GrowwOrderType orderType, decimal? price, string typeField, string priceField, string[] limitTypes, string[] allowedTypes)
    {
        GrowwValidation.RequireSet(orderType.IsEmpty, typeField);
        if (!allowedTypes.Contains(orderType.Value))
        {
            throw GrowwValidation.Validator.Invalid(typeField, $"{typeField} must be one of {string.Join(", ", allowedTypes)}; it is {orderType}.");
        }

        var needsPrice = limitTypes.Contains(orderType.Value);
        if (needsPrice)
        {
            RequirePrice(price, priceField);
        }
        else if (price is not null)
        {
            throw GrowwValidation.Validator.Invalid(priceField, $"{priceField} must not be set for {orderType} legs, which take no limit price.");
        }
    }

    /// <summary>A created smart order must come back with its id; without one its outcome is unknown.</summary>
    private static string? MissingId(GrowwSmartOrder order) =>
        string.IsNullOrWhiteSpace(order.SmartOrderId) ? "a payload without smart_order_id" : null;
}
