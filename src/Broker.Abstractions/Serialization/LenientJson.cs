using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;

namespace Broker.Serialization;

/// <summary>
/// Reading helpers shared by the lenient converters: brokers send numbers as numbers or strings, and use
/// <c>""</c>, <c>"NA"</c>, <c>"NaN"</c>, <c>"-"</c> or <c>null</c> for "no value".
/// </summary>
internal static class LenientJson
{
    /// <summary>The longest string-encoded number (in UTF-8 bytes) parsed from a stack buffer rather than a string.</summary>
    private const int MaxStackNumberLength = 128;

    /// <summary>Whether a string token means "no value".</summary>
    /// <param name="text">The string.</param>
    /// <returns><see langword="true"/> for empty, whitespace, <c>NA</c>, <c>N/A</c>, <c>NaN</c>, <c>null</c> or <c>-</c>.</returns>
    public static bool IsNoValue(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        return t.IsEmpty
            || t.Equals("NA", StringComparison.OrdinalIgnoreCase)
            || t.Equals("N/A", StringComparison.OrdinalIgnoreCase)
            || t.Equals("NaN", StringComparison.OrdinalIgnoreCase)
            || t.Equals("null", StringComparison.OrdinalIgnoreCase)
            || t.Equals("-", StringComparison.Ordinal);
    }

    /// <summary>Reads a decimal from a number or numeric string; "no value" gives <see langword="null"/>.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The token is not a number or numeric string.</exception>
    public static decimal? ReadDecimal(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                if (reader.TryGetDecimal(out var number))
                {
                    return number;
                }

                // Numbers such as 1e400 overflow decimal; fall back through double with a clear failure.
                if (reader.TryGetDouble(out var asDouble) && double.IsFinite(asDouble) && Math.Abs(asDouble) < (double)decimal.MaxValue)
                {
                    return (decimal)asDouble;
                }

                throw new JsonException("A number is too large for a decimal.");
            case JsonTokenType.String:
                // Brokers send many prices as strings ("1425.50"): parse them from a stack copy, allocating nothing.
                var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
                if (length <= MaxStackNumberLength)
                {
                    Span<char> buffer = stackalloc char[MaxStackNumberLength];
                    var chars = buffer[..reader.CopyString(buffer)];
                    if (IsNoValue(chars))
                    {
                        return null;
                    }

                    if (decimal.TryParse(chars.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var fromStack))
                    {
                        return fromStack;
                    }

                    throw new JsonException($"'{Shorten(chars.ToString())}' is not a number.");
                }

                var text = reader.GetString()!;
                if (IsNoValue(text))
                {
                    return null;
                }

                if (decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }

                throw new JsonException($"'{Shorten(text)}' is not a number.");
            default:
                throw new JsonException($"Expected a number but found {reader.TokenType}.");
        }
    }

    /// <summary>Reads a 64-bit integer from a number or numeric string (a whole-valued decimal such as <c>10.0</c> is accepted).</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <returns>The value, or <see langword="null"/> for "no value".</returns>
    /// <exception cref="JsonException">The token is not a whole number.</exception>
    public static long? ReadInt64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var direct))
        {
            return direct;
        }

        var value = ReadDecimal(ref reader);
        if (value is null)
        {
            return null;
        }

        if (decimal.Truncate(value.Value) != value.Value || value.Value > long.MaxValue || value.Value < long.MinValue)
        {
            throw new JsonException($"{value.Value.ToString(CultureInfo.InvariantCulture)} is not a whole number.");
        }

        return (long)value.Value;
    }

    /// <summary>Reads a string, accepting numbers and booleans as their text; <c>null</c> gives <see langword="null"/>.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <returns>The text.</returns>
    /// <exception cref="JsonException">The token is an object or array.</exception>
    public static string? ReadString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => throw new JsonException($"Expected a string but found {reader.TokenType}."),
    };

    /// <summary>Writes a decimal as a JSON number without trailing noise.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteDecimal(Utf8JsonWriter writer, decimal value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> buffer = stackalloc byte[64];
        if (Utf8Formatter.TryFormat(value, buffer, out var written))
        {
            writer.WriteRawValue(buffer[..written], skipInputValidation: true);
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
