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

    /// <summary>
    /// Parses a list of limits written <c>"10/s, 250/min, 1000/h, 7000/day"</c> (commas or semicolons between them), the
    /// one way both brokers' options write rate limits.
    /// </summary>
    /// <param name="text">The text; empty for no limit.</param>
    /// <returns>The windows.</returns>
    /// <exception cref="FormatException">A part is not a <c>count/unit</c> window.</exception>
    public static IReadOnlyList<RateLimitWindow> ParseList(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : [.. text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse)];

    /// <summary>The window written the way options take it: <c>10/s</c>, <c>250/min</c>, <c>1000/h</c>, <c>7000/day</c>, <c>1/3s</c>.</summary>
    /// <returns>The text, which <see cref="Parse"/> reads back.</returns>
    public string ToText()
    {
        var count = PermitLimit.ToString(CultureInfo.InvariantCulture);
        var ticks = Window.Ticks;
        foreach (var (unit, length) in Units)
        {
            if (ticks >= length && ticks % length == 0)
            {
                var multiple = ticks / length;
                return multiple == 1 ? $"{count}/{unit}" : $"{count}/{multiple.ToString(CultureInfo.InvariantCulture)}{unit}";
            }
        }

        return $"{count}/{ticks / TimeSpan.TicksPerMillisecond}ms";
    }

    /// <summary>Several windows written the way options take them: <c>"10/s, 250/min"</c>.</summary>
    /// <param name="windows">The windows.</param>
    /// <returns>The text, which <see cref="ParseList"/> reads back.</returns>
    public static string ToText(IEnumerable<RateLimitWindow> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        return string.Join(", ", windows.Select(static w => w.ToText()));
    }

    private static readonly (string Unit, long Length)[] Units =
    [
        ("day", TimeSpan.TicksPerDay),
        ("h", TimeSpan.TicksPerHour),
        ("min", TimeSpan.TicksPerMinute),
        ("s", TimeSpan.TicksPerSecond),
        ("ms", TimeSpan.TicksPerMillisecond),
    ];

    /// <inheritdoc />
    public override string ToString() => $"{PermitLimit.ToString(CultureInfo.InvariantCulture)} per {Window}";
}
