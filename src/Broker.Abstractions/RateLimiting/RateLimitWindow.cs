using System.Globalization;

namespace Broker.RateLimiting;

/// <summary>
/// One limit of a category: at most <see cref="PermitLimit"/> requests in ANY interval of length
/// <see cref="Window"/> (a sliding window, as brokers enforce, not a bucket that refills).
/// </summary>
public sealed class RateLimitWindow
{
    /// <summary>Creates an empty window, for configuration binding.</summary>
    public RateLimitWindow()
    {
    }

    /// <summary>Creates a window.</summary>
    /// <param name="permitLimit">The most requests allowed in any interval of length <paramref name="window"/>.</param>
    /// <param name="window">The interval length.</param>
    public RateLimitWindow(int permitLimit, TimeSpan window)
    {
        PermitLimit = permitLimit;
        Window = window;
    }

    /// <summary>The most requests allowed in any interval of length <see cref="Window"/>.</summary>
    public int PermitLimit { get; set; }

    /// <summary>The interval length, such as one second or one minute.</summary>
    public TimeSpan Window { get; set; }

    /// <summary>
    /// Parses a limit written as <c>count/unit</c>: <c>10/s</c>, <c>250/min</c>, <c>1000/h</c>, <c>7000/day</c>, or with a
    /// length such as <c>1/3s</c>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The window.</returns>
    /// <exception cref="FormatException">The text is not of that form.</exception>
    public static RateLimitWindow Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            throw new FormatException($"'{text}' is not a rate limit; write it as count/unit, for example 10/s or 250/min.");
        }

        var unit = parts[1].ToLowerInvariant();
        var digits = 0;
        while (digits < unit.Length && char.IsAsciiDigit(unit[digits]))
        {
            digits++;
        }

        var multiple = 1;
        if (digits > 0 && !int.TryParse(unit.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out multiple))
        {
            throw new FormatException($"'{text}' has a window length too large to hold; write it as count/unit, for example 10/s or 250/min.");
        }

        var length = unit[digits..].Trim() switch
        {
            "ms" => TimeSpan.FromMilliseconds(1),
            "s" or "sec" or "second" or "seconds" => TimeSpan.FromSeconds(1),
            "m" or "min" or "minute" or "minutes" => TimeSpan.FromMinutes(1),
            "h" or "hour" or "hours" => TimeSpan.FromHours(1),
            "d" or "day" or "days" => TimeSpan.FromDays(1),
            _ => throw new FormatException($"'{text}' has an unknown time unit; use ms, s, min, h or day."),
        };
        if (multiple <= 0 || length.Ticks > TimeSpan.MaxValue.Ticks / multiple)
        {
            throw new FormatException($"'{text}' has a window length of zero or one too large to hold.");
        }

        return new RateLimitWindow(count, length * multiple);
    }

    /// <inheritdoc />
    public override string ToString() => $"{PermitLimit.ToString(CultureInfo.InvariantCulture)} per {Window}";
}
