using Broker.Errors;
using Broker.Serialization;
using Broker.Validation;

namespace Broker.Dhan.Validation;

/// <summary>Client-side checks shared by the Dhan area clients; each failure names the field at fault.</summary>
internal static class DhanValidation
{
    private const string CorrelationIdCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-";

    private static readonly ClientReferenceRule DefaultCorrelationIdRule = NewCorrelationIdRule(DhanClientOptions.DefaultMaxCorrelationIdLength);

    /// <summary>The shared checks, with messages prefixed "Dhan:".</summary>
    public static BrokerValidator Validator { get; } = new(Errors.DhanErrorReader.Broker);

    /// <summary>The most decimal places a Dhan price may have (currency derivatives trade in ₹0.0025 ticks).</summary>
    public const int PriceDecimals = 4;

    /// <summary>An order id, correlation id or symbol that goes into a URL path.</summary>
    public static string PathId(string? value, string field) => Validator.PathSegment(value, field);

    public static void Require(bool condition, string field, string message)
    {
        if (!condition)
        {
            throw Validator.Invalid(field, $"{field} {message}");
        }
    }

    public static void RequireText(string? value, string field, string what = "is required")
    {
        Require(!string.IsNullOrWhiteSpace(value), field, value is null ? what : $"{what}; it is empty.");
    }

    public static void RequireValue<T>(T value, string field)
        where T : struct, IStringValue<T>
    {
        Require(!string.IsNullOrWhiteSpace(value.Value), field, "is required.");
    }

    public static void RequirePositive(long value, string field)
    {
        Require(value > 0, field, $"must be greater than 0; it is {value}.");
    }

    public static void RequirePositive(decimal? value, string field, string when)
    {
        Require(value is > 0m, field, value is null ? $"is required {when}." : $"must be greater than 0 {when}; it is {value}.");
    }

    public static void RequireNotNegative(decimal? value, string field)
    {
        Require(value is null or >= 0m, field, $"must not be negative; it is {value}.");
    }

    /// <summary>
    /// Dhan's rule for <c>correlationId</c>: 1 to <paramref name="maxLength"/> letters, digits, spaces, <c>_</c> and
    /// <c>-</c> (<see cref="DhanClientOptions.MaxCorrelationIdLength"/>, 25 by default). The one rule the orders, super
    /// orders, forever orders and trading clients all check.
    /// </summary>
    public static ClientReferenceRule CorrelationIdRule(int maxLength) =>
        maxLength == DhanClientOptions.DefaultMaxCorrelationIdLength ? DefaultCorrelationIdRule : NewCorrelationIdRule(maxLength);

    /// <summary>Checks a correlation id when one is given (<see langword="null"/> means "generate one").</summary>
    public static void CorrelationId(string? value, ClientReferenceRule rule)
    {
        if (value is null)
        {
            return;
        }

        Require(value.Trim().Length > 0, "CorrelationId", "must not be empty or blank; leave it null to have one generated.");
        rule.Require(Validator, value, "CorrelationId");
    }

    private static ClientReferenceRule NewCorrelationIdRule(int maxLength) =>
        new(1, maxLength, CorrelationIdCharacters, $"1 to {maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture)} letters, digits, spaces, '_' and '-'");

    public static void DateRange(DateOnly from, DateOnly to, string fromField, string toField, bool toIsExclusive)
    {
        if (toIsExclusive)
        {
            Require(to > from, toField, $"must be after {fromField} ({from:yyyy-MM-dd}); Dhan treats it as exclusive, so an equal date asks for nothing.");
        }
        else
        {
            Require(to >= from, toField, $"must not be before {fromField} ({from:yyyy-MM-dd}).");
        }
    }

    public static void DateTimeRange(DateTimeOffset from, DateTimeOffset to, string fromField, string toField)
    {
        Require(to > from, toField, $"must be after {fromField}.");
    }
}
