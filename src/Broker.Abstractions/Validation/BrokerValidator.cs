using System.Globalization;
using Broker.Errors;

namespace Broker.Validation;

/// <summary>
/// Checks a broker package runs on what a caller passes, before anything is sent. Every failure is a
/// <see cref="BrokerValidationException"/> that names the broker and the field, in one form for both brokers:
/// <c>Groww: TradingSymbol is required.</c>
/// </summary>
/// <param name="broker">The broker's name, such as <c>Groww</c>.</param>
internal sealed class BrokerValidator(string broker)
{
    /// <summary>The broker the checks are for.</summary>
    public string Broker { get; } = broker;

    /// <summary>Builds the exception for a field, with the broker prefixed to the message.</summary>
    /// <param name="field">The field, using the SDK's property or parameter name.</param>
    /// <param name="problem">What is wrong and what is allowed, as a sentence about the field.</param>
    /// <returns>The exception, to throw.</returns>
    public BrokerValidationException Invalid(string field, string problem) =>
        new(field, $"{Broker}: {problem}") { Broker = Broker };

    /// <summary>Requires a non-blank text and returns it trimmed.</summary>
    /// <param name="value">The value.</param>
    /// <param name="field">The field.</param>
    /// <returns>The trimmed value.</returns>
    /// <exception cref="BrokerValidationException">The value is missing or blank.</exception>
    public string RequireText(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Invalid(field, $"{field} is required and must not be empty.");
        }

        return value.Trim();
    }

    /// <summary>
    /// Requires a value that goes into a URL path as one segment (an order id, a correlation id, a symbol): not blank,
    /// not <c>.</c> or <c>..</c>, and without <c>/</c>, <c>\</c>, <c>?</c>, <c>#</c> or control characters, so it cannot
    /// change which endpoint is called (<c>CancelOrderAsync("..")</c> would otherwise call <c>DELETE /v2/</c>).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="field">The field.</param>
    /// <returns>The value, trimmed.</returns>
    /// <exception cref="BrokerValidationException">The value is missing or cannot be a path segment.</exception>
    public string PathSegment(string? value, string field)
    {
        var text = RequireText(value, field);
        if (text is "." or "..")
        {
            throw Invalid(field, $"{field} '{text}' is not an id: '.' and '..' would change the address called.");
        }

        foreach (var c in text)
        {
            if (c is '/' or '\\' or '?' or '#' || char.IsControl(c))
            {
                throw Invalid(field, $"{field} must not contain '/', '\\', '?', '#' or control characters: they would change the address called.");
            }
        }

        return text;
    }

    /// <summary>Requires a quantity of at least one and at most <paramref name="max"/>.</summary>
    /// <param name="value">The quantity.</param>
    /// <param name="max">The most allowed.</param>
    /// <param name="field">The field.</param>
    /// <param name="limitOption">The option that sets <paramref name="max"/>, for the message.</param>
    /// <exception cref="BrokerValidationException">The quantity is out of range.</exception>
    public void Quantity(long value, long max, string field, string limitOption)
    {
        if (value <= 0)
        {
            throw Invalid(field, $"{field} must be greater than zero; it is {Text(value)}.");
        }

        if (value > max)
        {
            throw Invalid(field, $"{field} {Text(value)} is above the limit of {Text(max)} per order ({limitOption}); split the order or raise the limit.");
        }
    }

    /// <summary>
    /// Requires a price (when given) above zero, at most <paramref name="max"/>, and with at most
    /// <paramref name="decimals"/> decimal places (a finer price is off every tick grid the broker uses).
    /// </summary>
    /// <param name="value">The price, or <see langword="null"/> when none is given.</param>
    /// <param name="max">The highest price accepted.</param>
    /// <param name="decimals">The most decimal places.</param>
    /// <param name="field">The field.</param>
    /// <exception cref="BrokerValidationException">The price is out of range or too fine.</exception>
    public void Price(decimal? value, decimal max, int decimals, string field)
    {
        if (value is not { } price)
        {
            return;
        }

        if (price <= 0)
        {
            throw Invalid(field, $"{field} must be greater than zero; it is {Text(price)}.");
        }

        if (price > max)
        {
            throw Invalid(field, $"{field} {Text(price)} is above the highest price accepted, {Text(max)}.");
        }

        if (decimal.Round(price, decimals) != price)
        {
            throw Invalid(field, $"{field} {Text(price)} has more than {Text(decimals)} decimal places; prices must be on the tick grid (for example {Text(decimal.Round(price, decimals, MidpointRounding.ToZero))}).");
        }
    }

    private static string Text(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
