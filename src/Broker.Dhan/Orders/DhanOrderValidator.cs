using Broker.Dhan.Sending;
using Broker.Dhan.Validation;

namespace Broker.Dhan.Orders;

/// <summary>The order rules Dhan enforces with an unhelpful DH-905, checked before sending and naming the field.</summary>
internal static class DhanOrderValidator
{
    public static void Validate(DhanPlaceOrderRequest request, DhanClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        DhanValidation.RequireText(request.SecurityId, nameof(request.SecurityId));
        DhanValidation.RequireValue(request.ExchangeSegment, nameof(request.ExchangeSegment));
        DhanValidation.Require(request.ExchangeSegment != DhanExchangeSegment.Index, nameof(request.ExchangeSegment), "IDX_I (index values) cannot be traded; use the index's futures or options segment.");
        DhanValidation.RequireValue(request.TransactionType, nameof(request.TransactionType));
        DhanValidation.RequireValue(request.ProductType, nameof(request.ProductType));
        DhanValidation.RequireValue(request.Validity, nameof(request.Validity));
        DhanValidation.Validator.Quantity(request.Quantity, options.MaxOrderQuantity, nameof(request.Quantity), nameof(options.MaxOrderQuantity));
        ValidatePrices(request.OrderType, request.Price, request.TriggerPrice, options);
        ValidateDisclosed(request.DisclosedQuantity, request.Quantity);
        if (request.AfterMarketOrder)
        {
            DhanValidation.Require(request.AmoTime is not null, nameof(request.AmoTime), "is required when AfterMarketOrder is true (PRE_OPEN, OPEN, OPEN_30 or OPEN_60).");
        }
        else
        {
            DhanValidation.Require(request.AmoTime is null, nameof(request.AmoTime), "may be set only when AfterMarketOrder is true.");
        }

        if (request.ProductType == DhanProductType.BracketOrder)
        {
            DhanValidation.RequirePositive(request.BoProfitValue, nameof(request.BoProfitValue), "for a bracket order (BO)");
            DhanValidation.RequirePositive(request.BoStopLossValue, nameof(request.BoStopLossValue), "for a bracket order (BO)");
        }
        else
        {
            DhanValidation.Require(request.BoProfitValue is null && request.BoStopLossValue is null, nameof(request.BoProfitValue), "BoProfitValue and BoStopLossValue apply only to bracket orders (ProductType BO).");
        }

        DhanValidation.CorrelationId(request.CorrelationId, DhanValidation.CorrelationIdRule(options.MaxCorrelationIdLength));
    }

    public static void Validate(string orderId, DhanModifyOrderRequest request, DhanClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        DhanValidation.PathId(orderId, "OrderId");
        DhanValidation.RequireValue(request.Validity, nameof(request.Validity));
        if (request.Quantity is { } quantity)
        {
            DhanValidation.Validator.Quantity(quantity, options.MaxOrderQuantity, nameof(request.Quantity), nameof(options.MaxOrderQuantity));
        }

        ValidatePrices(request.OrderType, request.Price, request.TriggerPrice, options);
        ValidateDisclosed(request.DisclosedQuantity, request.Quantity);
    }

    /// <summary>Price rules per order type: LIMIT needs a price, stops need a trigger, market orders take no price.</summary>
    public static void ValidatePrices(DhanOrderType orderType, decimal? price, decimal? triggerPrice, DhanClientOptions? options = null)
    {
        DhanValidation.RequireValue(orderType, "OrderType");
        DhanValidation.RequireNotNegative(price, "Price");
        DhanValidation.RequireNotNegative(triggerPrice, "TriggerPrice");
        var maxPrice = options?.MaxOrderPrice ?? 10_000_000m;
        DhanValidation.Validator.Price(price is 0m ? null : price, maxPrice, DhanValidation.PriceDecimals, "Price");
        DhanValidation.Validator.Price(triggerPrice is 0m ? null : triggerPrice, maxPrice, DhanValidation.PriceDecimals, "TriggerPrice");
        if (orderType == DhanOrderType.Limit || orderType == DhanOrderType.StopLoss)
        {
            DhanValidation.RequirePositive(price, "Price", $"for a {orderType} order");
        }
        else if (orderType == DhanOrderType.Market || orderType == DhanOrderType.StopLossMarket)
        {
            DhanValidation.Require(price is null or 0m, "Price", $"must not be set for a {orderType} order (Dhan is sent 0).");
        }

        if (orderType == DhanOrderType.StopLoss || orderType == DhanOrderType.StopLossMarket)
        {
            DhanValidation.RequirePositive(triggerPrice, "TriggerPrice", $"for a {orderType} order");
        }
    }

    private static void ValidateDisclosed(long? disclosed, long? quantity)
    {
        if (disclosed is { } value)
        {
            DhanValidation.Require(value >= 0, "DisclosedQuantity", $"must not be negative; it is {value}.");
            DhanValidation.Require(quantity is null || value <= quantity, "DisclosedQuantity", $"must not exceed Quantity ({quantity}); it is {value}.");
        }
    }
}
