using System.Globalization;
using Broker.Errors;
using Broker.Validation;

namespace Broker.Groww.Validation;

/// <summary>Checks run before anything is sent; each failure names the field and says what is allowed.</summary>
internal static class GrowwValidation
{
    /// <summary>The most instruments Groww accepts in one LTP or OHLC call.</summary>
    public const int MaxInstrumentsPerCall = 50;

    /// <summary>The shared checks, with messages prefixed "Groww:".</summary>
    public static BrokerValidator Validator { get; } = new(GrowwServiceKeys.Broker);

    public static string RequireText(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Validator.Invalid(field, $"{field} is required and must not be empty.");
        }

        return value.Trim();
    }

    public static void RequireSet(bool isEmpty, string field)
    {
        if (isEmpty)
        {
            throw Validator.Invalid(field, $"{field} is required.");
        }
    }

    public static void RequirePositive(long value, string field)
    {
        if (value <= 0)
        {
            throw Validator.Invalid(field, $"{field} must be greater than zero; it is {value.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    public static void RequireRange(int? value, int min, int max, string field)
    {
        if (value is { } v && (v < min || v > max))
        {
            throw Validator.Invalid(field, $"{field} must be between {min} and {max}; it is {v.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    /// <summary>Applies Groww's price rules for an order type.</summary>
    public static void PricesFor(GrowwOrderType orderType, decimal? price, decimal? triggerPrice, string priceField = "Price", string triggerField = "TriggerPrice")
    {
        RequireSet(orderType.IsEmpty, "OrderType");
        var (needsPrice, needsTrigger) = orderType.Value switch
        {
            "MARKET" => (false, false),
            "LIMIT" => (true, false),
            "SL" => (true, true),
            "SL_M" => (false, true),
            _ => (price is not null, triggerPrice is not null), // an order type the SDK does not know: send what was given
        };

        CheckPrice(orderType, price, needsPrice, priceField, "a limit price");
        CheckPrice(orderType, triggerPrice, needsTrigger, triggerField, "a trigger price");
    }

    /// <summary>Groww's rule for <c>order_reference_id</c> and smart-order <c>reference_id</c>: 8–20 letters and digits, at most two hyphens.</summary>
    public static ClientReferenceRule ReferenceRule { get; } = new(
        8, 20, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-", "8 to 20 letters and digits with at most two hyphens", '-', 2);

    /// <summary>Checks a reference when one is given (<see langword="null"/> means "generate one").</summary>
    public static void ReferenceId(string? reference, string field) => ReferenceRule.Require(Validator, reference, field);

    private static void CheckPrice(GrowwOrderType orderType, decimal? value, bool needed, string field, string what)
    {
        if (needed && value is null)
        {
            throw Validator.Invalid(field, $"{field} is required for {orderType} orders: they need {what}.");
        }

        if (!needed && value is not null)
        {
            throw Validator.Invalid(field, $"{field} must not be set for {orderType} orders, which take no {what[2..]}; remove it or change OrderType.");
        }

        if (value is <= 0m)
        {
            throw Validator.Invalid(field, $"{field} must be greater than zero; it is {value.Value.ToString(CultureInfo.InvariantCulture)}.");
        }
    }
}
