using System.Globalization;

namespace Broker.Time;

/// <summary>
/// Indian Standard Time helpers. IST is a fixed +05:30 offset with no daylight saving, so the SDK uses the offset
/// directly and never the host's time-zone database (which may lack <c>Asia/Kolkata</c> or be set to UTC).
/// </summary>
public static class IndianTime
{
    /// <summary>The IST offset from UTC: +05:30.</summary>
    public static readonly TimeSpan Offset = new(5, 30, 0);

    private static readonly string[] NaiveFormats =
    [
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss.f",
        "yyyy-MM-dd HH:mm:ss.ff",
        "yyyy-MM-dd HH:mm:ss.fff",
        "yyyy-MM-dd HH:mm:ss.ffffff",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss.f",
        "yyyy-MM-dd'T'HH:mm:ss.ff",
        "yyyy-MM-dd'T'HH:mm:ss.fff",
        "yyyy-MM-dd'T'HH:mm:ss.ffffff",
        "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd'T'HH:mm",
        "dd/MM/yyyy HH:mm:ss",
        "dd/MM/yyyy HH:mm",
        "dd-MM-yyyy HH:mm:ss",
        "dd-MM-yyyy HH:mm",
        "yyyy-MM-dd",
        "dd/MM/yyyy",
        "dd-MM-yyyy",
        "dd-MMM-yyyy",
    ];

    /// <summary>The current time in IST.</summary>
    /// <param name="timeProvider">The clock.</param>
    /// <returns>Now, with offset +05:30.</returns>
    public static DateTimeOffset Now(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return ToIst(timeProvider.GetUtcNow());
    }

    /// <summary>The same instant expressed with the IST offset.</summary>
    /// <param name="value">Any instant.</param>
    /// <returns>The instant with offset +05:30.</returns>
    public static DateTimeOffset ToIst(DateTimeOffset value) => value.ToOffset(Offset);

    /// <summary>Treats a wall-clock date and time as IST.</summary>
    /// <param name="wallClock">A date and time as read on a clock in India; its <see cref="DateTime.Kind"/> is ignored.</param>
    /// <returns>That moment with offset +05:30.</returns>
    public static DateTimeOffset FromIstWallClock(DateTime wallClock) =>
        new(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), Offset);

    /// <summary>Today's date in India.</summary>
    /// <param name="timeProvider">The clock.</param>
    /// <returns>The IST calendar date.</returns>
    public static DateOnly Today(TimeProvider timeProvider) => DateOnly.FromDateTime(Now(timeProvider).DateTime);

    /// <summary>
    /// The next occurrence of a time of day in IST strictly after <paramref name="after"/>. Groww tokens expire at the
    /// next 06:00 IST: <c>NextOccurrence(now, new TimeOnly(6, 0))</c>.
    /// </summary>
    /// <param name="after">The reference instant.</param>
    /// <param name="timeOfDay">The IST time of day.</param>
    /// <returns>The next such moment, with offset +05:30.</returns>
    public static DateTimeOffset NextOccurrence(DateTimeOffset after, TimeOnly timeOfDay)
    {
        var local = ToIst(after);
        var candidate = new DateTimeOffset(DateOnly.FromDateTime(local.DateTime).ToDateTime(timeOfDay), Offset);
        return candidate > local ? candidate : candidate.AddDays(1);
    }

    /// <summary>
    /// Parses a broker timestamp. Strings with an offset or <c>Z</c> keep their instant; strings without a zone
    /// (<c>2024-07-01T12:34:56</c>, <c>2024-07-01 12:34:56</c>, <c>30/03/2025 15:37</c>) are read as IST; all-digit
    /// strings are epoch seconds (or milliseconds when 13 digits or more). The result is always in IST.
    /// </summary>
    /// <param name="text">The broker's text.</param>
    /// <param name="value">The parsed instant, in IST.</param>
    /// <returns><see langword="true"/> when the text was understood.</returns>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            value = FromEpoch(epoch);
            return true;
        }

        if (HasExplicitZone(trimmed)
            && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withZone))
        {
            value = ToIst(withZone);
            return true;
        }

        if (DateTime.TryParseExact(trimmed, NaiveFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var naive))
        {
            // Brokers use 0001-01-01 as "no date"; it cannot carry a +05:30 offset, so it reads as the minimum instant.
            value = naive < new DateTime(1, 1, 2) ? DateTimeOffset.MinValue : FromIstWallClock(naive);
            return true;
        }

        return false;
    }

    /// <summary>Parses a broker timestamp, throwing a clear error when it is not understood.</summary>
    /// <param name="text">The broker's text.</param>
    /// <returns>The instant, in IST.</returns>
    /// <exception cref="FormatException">The text is not a timestamp the SDK knows.</exception>
    public static DateTimeOffset Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a date or time the broker SDK understands.");

    /// <summary>Converts epoch seconds (or milliseconds, for values of 13 digits or more) to IST.</summary>
    /// <param name="epoch">Seconds or milliseconds since 1970-01-01 UTC.</param>
    /// <returns>The instant, in IST.</returns>
    public static DateTimeOffset FromEpoch(long epoch) =>
        ToIst(epoch >= 100_000_000_000L ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(epoch));

    /// <summary>Formats an instant as an IST wall-clock string, as brokers expect in query parameters.</summary>
    /// <param name="value">The instant.</param>
    /// <param name="format">A .NET format such as <c>yyyy-MM-dd HH:mm:ss</c>.</param>
    /// <returns>The formatted IST time.</returns>
    public static string Format(DateTimeOffset value, string format) => ToIst(value).ToString(format, CultureInfo.InvariantCulture);

    private static bool HasExplicitZone(string text)
    {
        if (text.EndsWith('Z') || text.EndsWith('z'))
        {
            return true;
        }

        var timeStart = text.IndexOfAny(['T', ' ']);
        if (timeStart < 0)
        {
            return false;
        }

        var tail = text.AsSpan(timeStart + 1);
        return tail.IndexOfAny('+', '-') >= 0;
    }
}
