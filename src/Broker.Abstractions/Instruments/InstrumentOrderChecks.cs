using System.Globalization;
using Broker.Errors;

namespace Broker.Instruments;

/// <summary>
/// Optional checks of an order against the instrument master before it is sent: quantity a positive multiple of the
/// lot size, quantity below the freeze quantity, prices multiples of the tick size. Each failure raises
/// <see cref="BrokerValidationException"/> naming the field and the instrument, so nothing reaches the broker.
/// </summary>
public static class InstrumentOrderChecks
{
    /// <summary>Checks an order's quantity and prices.</summary>
    /// <param name="instrument">The instrument from the catalogue.</param>
    /// <param name="quantity">The order quantity, in units (not lots).</param>
    /// <param name="price">The limit price in rupees; <see langword="null"/> or 0 for market orders.</param>
    /// <param name="triggerPrice">The trigger price in rupees, for stop orders.</param>
    /// <exception cref="BrokerValidationException">A check failed; <see cref="BrokerValidationException.ParameterName"/> is <c>Quantity</c>, <c>Price</c> or <c>TriggerPrice</c>.</exception>
    public static void Validate(ITradableInstrument instrument, long quantity, decimal? price = null, decimal? triggerPrice = null)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ValidateQuantity(instrument, quantity);
        ValidatePrice(instrument, price, "Price");
        ValidatePrice(instrument, triggerPrice, "TriggerPrice");
    }

    /// <summary>Checks a quantity: positive, a multiple of the lot size, and below the freeze quantity.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="quantity">The quantity in units.</param>
    /// <exception cref="BrokerValidationException">A check failed.</exception>
    public static void ValidateQuantity(ITradableInstrument instrument, long quantity)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        if (quantity <= 0)
        {
            throw new BrokerValidationException("Quantity", Invariant($"Quantity must be positive for {instrument.Description}; it is {quantity}."));
        }

        var lot = instrument.LotSize;
        if (lot > 1 && quantity % lot != 0)
        {
            var lower = quantity / lot * lot;
            throw new BrokerValidationException(
                "Quantity",
                Invariant($"Quantity {quantity} is not a multiple of the lot size {lot} of {instrument.Description}; use {(lower > 0 ? $"{lower} or " : string.Empty)}{lower + lot}."));
        }

        // The exchange freezes an order of the freeze quantity or more, so a single order must stay strictly below it.
        if (instrument.FreezeQuantity is { } freeze && freeze > 0 && quantity >= freeze)
        {
            throw new BrokerValidationException(
                "Quantity",
                Invariant($"Quantity {quantity} is not below the freeze quantity {freeze} of {instrument.Description}; split the order into orders of less than {freeze}."));
        }
    }

    /// <summary>Checks that a price is a multiple of the tick size (market orders, with no price, pass).</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="price">The price in rupees.</param>
    /// <param name="parameterName">The field name for the message, such as <c>Price</c>.</param>
    /// <exception cref="BrokerValidationException">The price is negative or off the tick grid.</exception>
    public static void ValidatePrice(ITradableInstrument instrument, decimal? price, string parameterName = "Price")
    {
        ArgumentNullException.ThrowIfNull(instrument);
        if (price is not { } value || value == 0)
        {
            return;
        }

        if (value < 0)
        {
            throw new BrokerValidationException(parameterName, Invariant($"{parameterName} must not be negative for {instrument.Description}; it is {value}."));
        }

        if (instrument.TickSize is { } tick && tick > 0 && value % tick != 0)
        {
            var below = decimal.Floor(value / tick) * tick;
            throw new BrokerValidationException(
                parameterName,
                Invariant($"{parameterName} {value} is not a multiple of the tick size {tick} of {instrument.Description}; use {below} or {below + tick}."));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
