using System.Globalization;

namespace Broker.Instruments;

/// <summary>
/// Span-based parsers for the values instrument masters contain, tolerant of the brokers' spellings of "no value"
/// (empty, <c>NA</c>, <c>NaN</c>, <c>null</c>) and of integers written as decimals (<c>65.0</c>). No regular
/// expressions and no allocation on the common paths. The CSV itself is read by Sylvan.Data.Csv
/// (<see cref="InstrumentMasterCsvReader"/>); these are the brokers' value rules, which no CSV library knows.
/// </summary>
internal static class CsvFields
{
    private static readonly DateOnly UnixEpochDate = new(1970, 1, 1);

    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "dd/MM/yyyy", "dd-MM-yyyy", "dd-MMM-yyyy", "dd/MM/yy", "dd-MMM-yy", "yyyyMMdd", "yyyy/MM/dd",
    ];

    /// <summary>Whether a field holds no value: empty, blank, <c>NA</c>, <c>N/A</c>, <c>NaN</c>, <c>null</c> or <c>None</c>.</summary>
    /// <param name="field">The field.</param>
    /// <returns><see langword="true"/> for "no value".</returns>
    public static bool IsMissing(ReadOnlySpan<char> field)
    {
        field = field.Trim();
        return field.IsEmpty
            || field.Equals("NA", StringComparison.OrdinalIgnoreCase)
            || field.Equals("N/A", StringComparison.OrdinalIgnoreCase)
            || field.Equals("NaN", StringComparison.OrdinalIgnoreCase)
            || field.Equals("null", StringComparison.OrdinalIgnoreCase)
            || field.Equals("None", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Parses a plain decimal (<c>-0.01000</c>, <c>29150.00000</c>, <c>1e3</c>) with the invariant culture.</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="false"/> when the field is missing or not a number.</returns>
    public static bool TryParseDecimal(ReadOnlySpan<char> field, out decimal value)
    {
        field = field.Trim();
        if (TryParseSimpleDecimal(field, out value))
        {
            return true;
        }

        return !IsMissing(field) && decimal.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses a whole number, accepting a decimal spelling with a zero fraction (<c>65.0</c>).</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="false"/> when the field is missing, not a number, or has a non-zero fraction.</returns>
    public static bool TryParseInt64(ReadOnlySpan<char> field, out long value)
    {
        field = field.Trim();
        if (long.TryParse(field, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        if (TryParseDecimal(field, out var number) && number == decimal.Truncate(number) && number is >= long.MinValue and <= long.MaxValue)
        {
            value = (long)number;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>
    /// Parses a date: <c>yyyy-MM-dd</c> (optionally followed by a time, which is ignored), or <c>dd/MM/yyyy</c>,
    /// <c>dd-MM-yyyy</c>, <c>dd-MMM-yyyy</c>, <c>dd/MM/yy</c>, <c>yyyyMMdd</c>. The brokers' "no date" sentinel
    /// <c>0001-01-01</c> (and <c>1970-01-01</c>) reads as no value.
    /// </summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The date, or <see langword="null"/> for no value.</param>
    /// <returns><see langword="false"/> when the field has text that is not a date.</returns>
    public static bool TryParseDate(ReadOnlySpan<char> field, out DateOnly? value)
    {
        value = null;
        field = field.Trim();
        if (IsMissing(field))
        {
            return true;
        }

        DateOnly date;
        if (field.Length >= 10 && field[4] == '-' && field[7] == '-'
            && TryDigits(field[..4], out var year) && TryDigits(field.Slice(5, 2), out var month) && TryDigits(field.Slice(8, 2), out var day)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = new DateOnly(year, month, day);
        }
        else
        {
            // A time after the date (compact Dhan masters write "2026-09-29 14:30:00") is dropped before trying formats.
            var space = field.IndexOf(' ');
            var datePart = space > 0 ? field[..space] : field;
            if (!DateOnly.TryParseExact(datePart, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                return false;
            }
        }

        if (date != DateOnly.MinValue && date != UnixEpochDate)
        {
            value = date;
        }

        return true;
    }

    /// <summary>Parses a flag: <c>1</c>/<c>Y</c>/<c>YES</c>/<c>TRUE</c> or <c>0</c>/<c>N</c>/<c>NO</c>/<c>FALSE</c> (any case).</summary>
    /// <param name="field">The field.</param>
    /// <returns>The flag, or <see langword="null"/> for no value or an unknown spelling.</returns>
    public static bool? ParseFlag(ReadOnlySpan<char> field)
    {
        field = field.Trim();
        if (field.Length == 1)
        {
            return field[0] switch
            {
                '1' or 'Y' or 'y' => true,
                '0' or 'N' or 'n' => false,
                _ => null,
            };
        }

        if (field.Equals("true", StringComparison.OrdinalIgnoreCase) || field.Equals("yes", StringComparison.OrdinalIgnoreCase) || field.Equals("1.0", StringComparison.Ordinal))
        {
            return true;
        }

        if (field.Equals("false", StringComparison.OrdinalIgnoreCase) || field.Equals("no", StringComparison.OrdinalIgnoreCase) || field.Equals("0.0", StringComparison.Ordinal))
        {
            return false;
        }

        return null;
    }

    /// <summary>The field as a new string, or <see langword="null"/> when it holds no value (see <see cref="IsMissing"/>).</summary>
    /// <param name="field">The field.</param>
    /// <returns>The trimmed text, or <see langword="null"/>.</returns>
    public static string? ToOptionalString(ReadOnlySpan<char> field)
    {
        field = field.Trim();
        return IsMissing(field) ? null : field.ToString();
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            var digit = c - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    private static bool TryParseSimpleDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        // Fast path for [-+]digits[.digits] with at most 18 significant digits; anything else takes decimal.TryParse.
        value = 0;
        var i = 0;
        var negative = false;
        if (text.Length > 0 && (text[0] == '-' || text[0] == '+'))
        {
            negative = text[0] == '-';
            i = 1;
        }

        if (i >= text.Length)
        {
            return false;
        }

        ulong mantissa = 0;
        var digits = 0;
        var scale = 0;
        var seenPoint = false;
        var anyDigit = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                if (seenPoint)
                {
                    return false;
                }

                seenPoint = true;
                continue;
            }

            var digit = c - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            anyDigit = true;
            if (mantissa == 0 && digit == 0)
            {
                if (seenPoint)
                {
                    scale++;
                }

                continue;
            }

            if (++digits > 18 || scale >= 28)
            {
                return false;
            }

            mantissa = (mantissa * 10) + (uint)digit;
            if (seenPoint)
            {
                scale++;
            }
        }

        if (!anyDigit)
        {
            return false;
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative && mantissa != 0, (byte)scale);
        return true;
    }
}
