using System.Globalization;
using Broker.Dhan.Sending;
using Broker.Dhan.Validation;
using Broker.Dhan.Orders;
using Broker.Dhan.Serialization;

using Broker.Http;

namespace Broker.Dhan.ConditionalTriggers;

/// <inheritdoc />
internal sealed class DhanConditionalTriggersClient : IDhanConditionalTriggersClient
{
    private readonly DhanSender _sender;

    public DhanConditionalTriggersClient(DhanSender sender)
    {
        _sender = sender;
    }

    public async Task<DhanAlertAcknowledgement> PlaceAsync(DhanAlertCondition condition, IReadOnlyList<DhanAlertOrder> orders, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orders);
        DhanValidation.Require(orders.Count > 0, "Orders", "must contain at least one order to place when the condition is met.");
        var body = Body(null, condition, orders);
        var message = _sender.Request(HttpMethod.Post, "alerts/orders", body, DhanJsonContext.Default.AlertBody);
        return await _sender.SendAsync(message, DhanEndpoints.PlaceConditionalTrigger, DhanJsonContext.Default.DhanAlertAcknowledgement, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DhanAlertAcknowledgement> ModifyAsync(string alertId, DhanAlertCondition condition, IReadOnlyList<DhanAlertOrder>? orders = null, CancellationToken cancellationToken = default)
    {
        DhanValidation.RequireText(alertId, "AlertId");
        var body = Body(alertId, condition, orders);
        var message = _sender.Request(HttpMethod.Put, "alerts/orders/" + BrokerUrl.Segment(alertId), body, DhanJsonContext.Default.AlertBody);
        return await _sender.SendAsync(message, DhanEndpoints.ModifyConditionalTrigger, DhanJsonContext.Default.DhanAlertAcknowledgement, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DhanAlertAcknowledgement> DeleteAsync(string alertId, CancellationToken cancellationToken = default)
    {
        DhanValidation.RequireText(alertId, "AlertId");
        var message = _sender.Request(HttpMethod.Delete, "alerts/orders/" + BrokerUrl.Segment(alertId));
        var ack = await _sender.SendAllowingEmptyAsync(message, DhanEndpoints.DeleteConditionalTrigger, DhanJsonContext.Default.DhanAlertAcknowledgement, null, cancellationToken).ConfigureAwait(false);
        return ack ?? new DhanAlertAcknowledgement { AlertId = alertId };
    }

    public async Task<DhanConditionalTrigger?> FindAsync(string alertId, CancellationToken cancellationToken = default)
    {
        DhanValidation.PathId(alertId, "AlertId");
        var message = _sender.Request(HttpMethod.Get, "alerts/orders/" + BrokerUrl.Segment(alertId));
        var triggers = await _sender.FindAsync(message, DhanEndpoints.ConditionalTriggerById, DhanJsonContext.Default.ListDhanConditionalTrigger, cancellationToken).ConfigureAwait(false);
        return triggers is { Count: > 0 } ? triggers[0] : null;
    }

    public async Task<IReadOnlyList<DhanConditionalTrigger>> GetAllAsync(CancellationToken cancellationToken = default) =>
        await _sender.SendAsync(_sender.Request(HttpMethod.Get, "alerts/orders"), DhanEndpoints.ConditionalTriggerList, DhanJsonContext.Default.ListDhanConditionalTrigger, cancellationToken).ConfigureAwait(false);

    private AlertBody Body(string? alertId, DhanAlertCondition condition, IReadOnlyList<DhanAlertOrder>? orders)
    {
        Validate(condition);
        foreach (var order in orders ?? [])
        {
            Validate(order);
        }

        return new AlertBody
        {
            DhanClientId = _sender.ClientId,
            AlertId = alertId,
            Condition = new AlertConditionBody
            {
                ComparisonType = condition.ComparisonType,
                ExchangeSegment = condition.ExchangeSegment,
                SecurityId = condition.SecurityId,
                IndicatorName = condition.IndicatorName,
                TimeFrame = condition.TimeFrame,
                Operator = condition.Operator,
                ComparingValue = condition.ComparingValue,
                ComparingIndicatorName = condition.ComparingIndicatorName,
                ExpDate = condition.ExpDate,
                Frequency = condition.Frequency,
                UserNote = condition.UserNote,
            },
            Orders = orders?.Select(o => new AlertOrderBody
            {
                TransactionType = o.TransactionType,
                ExchangeSegment = o.ExchangeSegment,
                ProductType = o.ProductType,
                OrderType = o.OrderType,
                SecurityId = o.SecurityId,
                Quantity = o.Quantity,
                Validity = o.Validity,
                Price = Text(o.Price ?? 0m),
                DiscQuantity = o.DisclosedQuantity?.ToString(CultureInfo.InvariantCulture),
                TriggerPrice = o.TriggerPrice is { } trigger ? Text(trigger) : null,
            }).ToList(),
        };
    }

    private static string Text(decimal value) => value.ToString("0.00##", CultureInfo.InvariantCulture);

    private static void Validate(DhanAlertCondition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        DhanValidation.RequireValue(condition.ComparisonType, "Condition.ComparisonType");
        DhanValidation.RequireValue(condition.ExchangeSegment, "Condition.ExchangeSegment");
        DhanValidation.RequireText(condition.SecurityId, "Condition.SecurityId");
        DhanValidation.RequireValue(condition.Operator, "Condition.Operator");
        DhanValidation.Require(condition.ExpDate is not null, "Condition.ExpDate", "is required (the date the alert expires).");
        DhanValidation.RequireValue(condition.Frequency, "Condition.Frequency");
        var type = condition.ComparisonType;
        var isTechnical = type != DhanAlertComparisonType.PriceWithValue;
        if (isTechnical)
        {
            DhanValidation.RequireText(condition.IndicatorName, "Condition.IndicatorName", $"is required for {type}");
            DhanValidation.Require(condition.TimeFrame is not null, "Condition.TimeFrame", $"is required for {type}.");
        }

        if (type == DhanAlertComparisonType.TechnicalWithValue || type == DhanAlertComparisonType.PriceWithValue)
        {
            DhanValidation.Require(condition.ComparingValue is not null, "Condition.ComparingValue", $"is required for {type}.");
        }

        if (type == DhanAlertComparisonType.TechnicalWithIndicator)
        {
            DhanValidation.RequireText(condition.ComparingIndicatorName, "Condition.ComparingIndicatorName", $"is required for {type}");
        }
    }

    private static void Validate(DhanAlertOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        DhanValidation.RequireValue(order.TransactionType, "Orders.TransactionType");
        DhanValidation.RequireValue(order.ExchangeSegment, "Orders.ExchangeSegment");
        DhanValidation.RequireValue(order.ProductType, "Orders.ProductType");
        DhanValidation.RequireText(order.SecurityId, "Orders.SecurityId");
        DhanValidation.RequirePositive(order.Quantity, "Orders.Quantity");
        DhanValidation.RequireValue(order.Validity, "Orders.Validity");
        DhanOrderValidator.ValidatePrices(order.OrderType, order.Price, order.TriggerPrice);
    }
}
