using System.Globalization;
using Broker.Errors;
using Broker.Validation;

namespace Broker.Trading;

/// <summary>
/// Checks shared by every <see cref="ITradingClient"/> implementation, so a bad neutral request is refused the same
/// way whichever broker is underneath. Broker packages call these before mapping; strategy code rarely needs them.
/// </summary>
internal static class TradingValidation
{
    /// <summary>
    /// Builds the exception for a value a broker has no way to express, such as IOC validity on Groww. The message names
    /// the broker, the field and the value.
    /// </summary>
    /// <param name="brokerName">The broker, such as <c>Groww</c>.</param>
    /// <param name="parameterName">The neutral field, such as <c>Validity</c>.</param>
    /// <param name="value">The value the broker cannot express.</param>
    /// <param name="hint">What to do instead, or <see langword="null"/>.</param>
    /// <returns>The exception (category <see cref="ErrorCategory.InvalidRequest"/>, <see cref="BrokerException.Broker"/> set), to throw.</returns>
    public static BrokerValidationException CannotExpress(string brokerName, string parameterName, object value, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = string.Format(CultureInfo.InvariantCulture, "cannot express {0} = {1}.", parameterName, value);
        return new BrokerValidator(brokerName).Invalid(parameterName, hint is null ? text : text + " " + hint);
    }

    /// <summary>
    /// Builds the exception for an order the broker does not know (a look-up by id that found nothing), the same way for
    /// every <see cref="ITradingClient"/>.
    /// </summary>
    /// <param name="brokerName">The broker, such as <c>Groww</c>.</param>
    /// <param name="message">What was looked for, and where.</param>
    /// <returns>The exception (category <see cref="ErrorCategory.NotFound"/>), to throw.</returns>
    public static BrokerApiException NotFound(string brokerName, string message) =>
        new(message) { Broker = brokerName, Category = ErrorCategory.NotFound, StatusCode = 404 };

    /// <summary>
    /// Checks a neutral order: an instrument with a symbol or broker id on a tradable exchange, a quantity above zero,
    /// and the prices the order type needs (positive, and none it does not take).
    /// </summary>
    /// <param name="brokerName">The broker, for the exception.</param>
    /// <param name="request">The order.</param>
    /// <exception cref="BrokerValidationException">The order is incomplete or inconsistent.</exception>
    public static void ValidateOrder(string brokerName, TradingOrderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ValidateInstrument(brokerName, request.Instrument);
        if (request.Instrument.Exchange is TradingExchange.NseIndex or TradingExchange.BseIndex)
        {
            throw Invalid(brokerName, "Instrument", $"{request.Instrument} is an index; indices have prices but cannot be traded.");
        }

        if (!Enum.IsDefined(request.Side))
        {
            throw Invalid(brokerName, nameof(request.Side), $"Side {(int)request.Side} is not Buy or Sell.");
        }

        if (!Enum.IsDefined(request.Product))
        {
            throw Invalid(brokerName, nameof(request.Product), $"Product {(int)request.Product} is not Delivery, Intraday or Margin.");
        }

        if (!Enum.IsDefined(request.Validity))
        {
            throw Invalid(brokerName, nameof(request.Validity), $"Validity {(int)request.Validity} is not Day or ImmediateOrCancel.");
        }

        if (request.Quantity <= 0)
        {
            throw Invalid(brokerName, nameof(request.Quantity), $"Quantity must be above zero (was {request.Quantity}).");
        }

        ValidatePrices(brokerName, request.OrderType, request.Price, request.TriggerPrice);
    }

    /// <summary>
    /// Checks an order type against its prices: limit needs a price, stop-loss a price and a trigger, stop-loss market a
    /// trigger, market neither; every price given must be above zero.
    /// </summary>
    /// <param name="brokerName">The broker, for the exception.</param>
    /// <param name="orderType">The order type.</param>
    /// <param name="price">The limit price.</param>
    /// <param name="triggerPrice">The trigger price.</param>
    /// <exception cref="BrokerValidationException">A price is missing, not allowed or not positive.</exception>
    public static void ValidatePrices(string brokerName, TradingOrderType orderType, decimal? price, decimal? triggerPrice)
    {
        var (needsPrice, needsTrigger) = orderType switch
        {
            TradingOrderType.Market => (false, false),
            TradingOrderType.Limit => (true, false),
            TradingOrderType.StopLoss => (true, true),
            TradingOrderType.StopLossMarket => (false, true),
            _ => throw Invalid(brokerName, "OrderType", $"OrderType {(int)orderType} is not Market, Limit, StopLoss or StopLossMarket."),
        };

        CheckPrice(brokerName, orderType, "Price", price, needsPrice);
        CheckPrice(brokerName, orderType, "TriggerPrice", triggerPrice, needsTrigger);
    }

    /// <summary>Checks that an instrument reference has an exchange this SDK knows and a symbol or a broker id.</summary>
    /// <param name="brokerName">The broker, for the exception.</param>
    /// <param name="instrument">The instrument.</param>
    /// <exception cref="BrokerValidationException">The reference is incomplete.</exception>
    public static void ValidateInstrument(string brokerName, TradingInstrument? instrument)
    {
        if (instrument is null)
        {
            throw Invalid(brokerName, "Instrument", "Instrument is required.");
        }

        if (!Enum.IsDefined(instrument.Exchange))
        {
            throw Invalid(brokerName, "Instrument", $"Exchange {(int)instrument.Exchange} is not a known exchange.");
        }

        if (string.IsNullOrWhiteSpace(instrument.Symbol) && string.IsNullOrWhiteSpace(instrument.BrokerInstrumentId))
        {
            throw Invalid(brokerName, "Instrument", "Instrument needs a Symbol or a BrokerInstrumentId.");
        }
    }

    private static void CheckPrice(string brokerName, TradingOrderType orderType, string name, decimal? value, bool required)
    {
        if (required && value is null)
        {
            throw Invalid(brokerName, name, $"{orderType} orders need {name}.");
        }

        if (!required && value is not null)
        {
            throw Invalid(brokerName, name, $"{orderType} orders take no {name}; leave it empty.");
        }

        if (value is { } v && v <= 0m)
        {
            throw Invalid(brokerName, name, $"{name} must be above zero (was {v.ToString(CultureInfo.InvariantCulture)}).");
        }
    }

    private static BrokerValidationException Invalid(string brokerName, string parameterName, string message) =>
        new BrokerValidator(brokerName).Invalid(parameterName, message);
}
