using System.Globalization;
using Broker.RateLimiting;

namespace Broker.DependencyInjection;

/// <summary>
/// Checks shared by the brokers' options validators, run when the application starts; each adds a message that names
/// the option and says what to fix, so a bad value fails at start instead of deep inside a call (a timeout a timer
/// cannot hold, a window that overflows, a header value with a line break).
/// </summary>
internal static class BrokerOptionsValidation
{
    /// <summary>The longest delay or timeout any option may hold: what .NET timers accept (about 24.8 days).</summary>
    public static readonly TimeSpan MaxTimerDuration = TimeSpan.FromMilliseconds(int.MaxValue);

    /// <summary>The longest rate-limit window accepted (a year); longer ones would overflow the limiter's clock.</summary>
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(366);

    /// <summary>
    /// Requires an absolute HTTPS address; plain HTTP is allowed only for loopback (a local sandbox), so a token is
    /// never sent in clear text over a network.
    /// </summary>
    /// <param name="address">The address.</param>
    /// <param name="optionName">The option's name, for the message.</param>
    /// <param name="errors">Where messages are collected.</param>
    public static void RequireSecureAddress(Uri? address, string optionName, ICollection<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (address is null)
        {
            errors.Add($"{optionName} is required.");
            return;
        }

        if (!address.IsAbsoluteUri)
        {
            errors.Add($"{optionName} must be an absolute URL; '{address}' is relative.");
            return;
        }

        var secure = address.Scheme is "https" or "wss";
        if (!secure && !address.IsLoopback)
        {
            errors.Add($"{optionName} must use HTTPS (or point at a loopback sandbox); '{address.GetLeftPart(UriPartial.Authority)}' would send the access token unencrypted.");
        }
    }

    /// <summary>
    /// Requires a value that is sent as an HTTP header (a client id, an API key, a token, a user agent) to hold only
    /// visible ASCII and spaces: a line break would let it inject another header, and other control or non-ASCII
    /// characters are refused by the HTTP stack mid-call. The value itself is never put in the message.
    /// </summary>
    /// <param name="value">The value; <see langword="null"/> or empty passes (required-ness is checked elsewhere).</param>
    /// <param name="optionName">The option's name, for the message.</param>
    /// <param name="errors">Where messages are collected.</param>
    public static void RequireHeaderSafe(string? value, string optionName, ICollection<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is < ' ' or > '~')
            {
                var what = c is '\r' or '\n' ? "a line break" : char.IsControl(c) ? "a control character" : "a non-ASCII character";
                errors.Add($"{optionName} contains {what} at position {(i + 1).ToString(CultureInfo.InvariantCulture)}; it is sent as an HTTP header, which allows only visible ASCII characters and spaces.");
                return;
            }
        }
    }

    /// <summary>Checks the shared options: timeouts, retries, pauses, margins and sizes within what the SDK can honour.</summary>
    /// <param name="options">The options.</param>
    /// <param name="errors">Where messages are collected.</param>
    public static void ValidateCommon(BrokerClientOptions options, ICollection<string> errors)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(errors);
        if (options.RequestTimeout != Timeout.InfiniteTimeSpan)
        {
            RequireDuration(options.RequestTimeout, nameof(options.RequestTimeout), errors, allowZero: false);
        }

        if (options.Retry is null)
        {
            errors.Add("Retry must not be null.");
        }
        else
        {
            if (options.Retry.MaxRetryAttempts is < 0 or > 100)
            {
                errors.Add($"Retry.MaxRetryAttempts must be between 0 and 100; it is {options.Retry.MaxRetryAttempts.ToString(CultureInfo.InvariantCulture)}.");
            }

            RequireDuration(options.Retry.BaseDelay, "Retry.BaseDelay", errors, allowZero: true);
            RequireDuration(options.Retry.MaxDelay, "Retry.MaxDelay", errors, allowZero: true);
        }

        if (options.MaxRateLimitWait is { } wait)
        {
            RequireDuration(wait, nameof(options.MaxRateLimitWait), errors, allowZero: false);
        }

        RequireDuration(options.ServerThrottlePause, nameof(options.ServerThrottlePause), errors, allowZero: true);
        RequireDuration(options.MaxServerPause, nameof(options.MaxServerPause), errors, allowZero: false);
        RequireDuration(options.TokenRenewBeforeExpiry, nameof(options.TokenRenewBeforeExpiry), errors, allowZero: true);
        if (options.RateLimitSafetyMargin < TimeSpan.Zero || options.RateLimitSafetyMargin > TimeSpan.FromMinutes(1))
        {
            errors.Add($"RateLimitSafetyMargin must be between 0 and one minute; it is {options.RateLimitSafetyMargin}.");
        }

        if (options.MaxResponseBytes <= 0 || options.MaxResponseBytes > Array.MaxLength)
        {
            errors.Add($"MaxResponseBytes must be between 1 and {Array.MaxLength.ToString("N0", CultureInfo.InvariantCulture)}; it is {options.MaxResponseBytes.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (options.MaxOrderQuantity <= 0)
        {
            errors.Add($"MaxOrderQuantity must be positive; it is {options.MaxOrderQuantity.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (options.MaxOrderPrice <= 0)
        {
            errors.Add($"MaxOrderPrice must be positive; it is {options.MaxOrderPrice.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    /// <summary>
    /// Checks that every window of a category is a positive count per positive time no longer than
    /// <see cref="MaxWindow"/>. An order category must list at least one window unless client-side limiting is turned
    /// off as a whole (<see cref="BrokerClientOptions.EnableRateLimiting"/>): an empty list would send orders unthrottled.
    /// </summary>
    /// <param name="categoryOption">The option's name, for the message.</param>
    /// <param name="windows">The windows.</param>
    /// <param name="errors">Where messages are collected.</param>
    /// <param name="required">Whether the category must have a window (an order category with limiting on).</param>
    public static void ValidateWindows(string categoryOption, IEnumerable<RateLimitWindow>? windows, ICollection<string> errors, bool required = false)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var list = windows?.ToList();
        if (list is null || list.Count == 0)
        {
            if (list is null || required)
            {
                errors.Add($"{categoryOption} must list at least one limit, such as \"10/s, 250/min\"; to send without any client-side limit, turn EnableRateLimiting off explicitly.");
            }

            return;
        }

        foreach (var window in list)
        {
            if (window is null || window.PermitLimit <= 0 || window.Window <= TimeSpan.Zero)
            {
                errors.Add($"{categoryOption} has a limit of {window?.ToString() ?? "null"}; every limit must allow a positive number of requests per positive time.");
            }
            else if (window.Window > MaxWindow)
            {
                errors.Add($"{categoryOption} has a window of {window.Window}; the longest window accepted is {MaxWindow.TotalDays.ToString(CultureInfo.InvariantCulture)} days.");
            }
        }
    }

    /// <summary>
    /// Checks every rate-limit category written as text (<c>"10/s, 250/min"</c>, see
    /// <see cref="RateLimitWindow.ParseList"/>): each must parse, and list at least one window while client-side
    /// limiting is on.
    /// </summary>
    /// <param name="categories">Each category's option name (such as <c>Order</c>) and text.</param>
    /// <param name="limitingOn">Whether client-side limiting is on (<see cref="BrokerClientOptions.EnableRateLimiting"/>).</param>
    /// <param name="errors">Where messages are collected.</param>
    public static void ValidateRateLimits(IEnumerable<(string OptionName, string? Text)> categories, bool limitingOn, ICollection<string> errors)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (optionName, text) in categories)
        {
            var option = $"RateLimits.{optionName}";
            try
            {
                ValidateWindows(option, RateLimitWindow.ParseList(text), errors, required: limitingOn);
            }
            catch (FormatException ex)
            {
                errors.Add($"{option} is not valid: {ex.Message}");
            }
        }
    }

    /// <summary>
    /// The exception for options that could not be bound from configuration (a value of the wrong type, a key no option
    /// has, such as a misspelling): the same <see cref="Microsoft.Extensions.Options.OptionsValidationException"/> as any
    /// other configuration error, its message prefixed with the broker and the account.
    /// </summary>
    /// <typeparam name="TOptions">The options type.</typeparam>
    /// <param name="broker">The broker, such as <c>Dhan</c>.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="error">What the configuration binder reported.</param>
    /// <returns>The exception, to throw.</returns>
    public static Microsoft.Extensions.Options.OptionsValidationException BindingFailed<TOptions>(string broker, string name, InvalidOperationException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(name, typeof(TOptions), [$"{broker} account '{name}': the configuration section could not be read: {error.Message} Check the key names (a misspelt key is refused rather than ignored) and the values' formats."]);
    }

    private static void RequireDuration(TimeSpan value, string optionName, ICollection<string> errors, bool allowZero)
    {
        if (value < TimeSpan.Zero || (!allowZero && value == TimeSpan.Zero))
        {
            errors.Add($"{optionName} must be {(allowZero ? "zero or more" : "positive")}; it is {value}.");
        }
        else if (value > MaxTimerDuration)
        {
            errors.Add($"{optionName} is {value}; the longest accepted is {MaxTimerDuration} (what .NET timers can hold).");
        }
    }
}
