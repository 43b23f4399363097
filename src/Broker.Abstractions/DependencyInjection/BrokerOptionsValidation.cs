using System.Globalization;
using Broker.RateLimiting;

namespace Broker.DependencyInjection;

/// <summary>Checks shared by the brokers' options validators; each adds a message that says what to fix.</summary>
public static class BrokerOptionsValidation
{
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

    /// <summary>Checks the shared options: positive timeouts and retry settings.</summary>
    /// <param name="options">The options.</param>
    /// <param name="errors">Where messages are collected.</param>
    public static void ValidateCommon(BrokerClientOptions options, ICollection<string> errors)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(errors);
        if (options.RequestTimeout <= TimeSpan.Zero && options.RequestTimeout != Timeout.InfiniteTimeSpan)
        {
            errors.Add($"RequestTimeout must be positive; it is {options.RequestTimeout}.");
        }

        if (options.Retry is null)
        {
            errors.Add("Retry must not be null.");
        }
        else
        {
            if (options.Retry.MaxRetryAttempts < 0)
            {
                errors.Add($"Retry.MaxRetryAttempts must be 0 or more; it is {options.Retry.MaxRetryAttempts.ToString(CultureInfo.InvariantCulture)}.");
            }

            if (options.Retry.BaseDelay < TimeSpan.Zero || options.Retry.MaxDelay < TimeSpan.Zero)
            {
                errors.Add("Retry.BaseDelay and Retry.MaxDelay must not be negative.");
            }
        }

        if (options.MaxRateLimitWait is { } wait && wait <= TimeSpan.Zero)
        {
            errors.Add($"MaxRateLimitWait must be positive when set; it is {wait}.");
        }

        if (options.TokenRenewBeforeExpiry < TimeSpan.Zero)
        {
            errors.Add($"TokenRenewBeforeExpiry must not be negative; it is {options.TokenRenewBeforeExpiry}.");
        }
    }

    /// <summary>Checks that every window of a category is a positive count per positive time.</summary>
    /// <param name="categoryOption">The option's name, for the message.</param>
    /// <param name="windows">The windows.</param>
    /// <param name="errors">Where messages are collected.</param>
    public static void ValidateWindows(string categoryOption, IEnumerable<RateLimitWindow>? windows, ICollection<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (windows is null)
        {
            errors.Add($"{categoryOption} must list at least one window.");
            return;
        }

        foreach (var window in windows)
        {
            if (window is null || window.PermitLimit <= 0 || window.Window <= TimeSpan.Zero)
            {
                errors.Add($"{categoryOption} has a limit of {window?.ToString() ?? "null"}; every limit must allow a positive number of requests per positive time.");
            }
        }
    }
}
