namespace Broker.Security;

/// <summary>
/// Base32 encoding with the RFC 4648 standard alphabet (<c>A–Z</c>, <c>2–7</c>), the form in which Groww and Dhan
/// show TOTP secrets. Decoding is forgiving about how people copy secrets: lowercase, spaces, dashes and missing
/// padding are accepted; anything else is rejected with a message naming the character and its position.
/// </summary>
public static class Base32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>Encodes bytes as padded Base32 (RFC 4648 §6).</summary>
    /// <param name="data">The bytes.</param>
    /// <returns>The Base32 text, padded with <c>=</c> to a multiple of 8 characters.</returns>
    public static string Encode(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return string.Empty;
        }

        var outputLength = (data.Length + 4) / 5 * 8;
        return string.Create(outputLength, data.ToArray(), static (chars, bytes) =>
        {
            var position = 0;
            var buffer = 0;
            var bits = 0;
            foreach (var b in bytes)
            {
                buffer = (buffer << 8) | b;
                bits += 8;
                while (bits >= 5)
                {
                    chars[position++] = Alphabet[(buffer >> (bits - 5)) & 31];
                    bits -= 5;
                }
            }

            if (bits > 0)
            {
                chars[position++] = Alphabet[(buffer << (5 - bits)) & 31];
            }

            chars[position..].Fill('=');
        });
    }

    /// <summary>Decodes Base32 text.</summary>
    /// <param name="text">The text; case, spaces, dashes and padding are ignored.</param>
    /// <returns>The decoded bytes.</returns>
    /// <exception cref="FormatException">
    /// A character is outside the Base32 alphabet (for example <c>0</c>, <c>1</c>, <c>8</c> or <c>9</c>), padding
    /// appears in the middle, or the length cannot be a Base32 encoding. The message names the character's
    /// position but, as the text is usually a secret, not the text itself.
    /// </exception>
    public static byte[] Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new List<byte>(text.Length * 5 / 8);
        var buffer = 0;
        var bits = 0;
        var symbols = 0;
        var paddingSeen = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '-' or '\t' or '\r' or '\n')
            {
                continue;
            }

            if (c == '=')
            {
                paddingSeen = true;
                continue;
            }

            if (paddingSeen)
            {
                throw new FormatException($"Base32 text has data after padding at position {i + 1}; '=' may only appear at the end.");
            }

            var value = ValueOf(c);
            if (value < 0)
            {
                var hint = c is '0' or '1' or '8' or '9'
                    ? " (the digits 0, 1, 8 and 9 are not in the Base32 alphabet; check that this is the TOTP secret and not an access token)"
                    : string.Empty;
                throw new FormatException($"Base32 text has an invalid character '{Printable(c)}' at position {i + 1}; only A–Z and 2–7 are allowed{hint}.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            symbols++;
            if (bits >= 8)
            {
                output.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
                buffer &= (1 << bits) - 1;
            }
        }

        if (symbols % 8 is 1 or 3 or 6)
        {
            throw new FormatException($"Base32 text has {symbols} symbols, which no byte sequence encodes to; part of the text is probably missing.");
        }

        return [.. output];
    }

    /// <summary>Decodes Base32 text, reporting failure instead of throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="bytes">The decoded bytes, when valid.</param>
    /// <returns><see langword="true"/> when the text is valid Base32.</returns>
    public static bool TryDecode(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out byte[]? bytes)
    {
        bytes = null;
        if (text is null)
        {
            return false;
        }

        try
        {
            bytes = Decode(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static int ValueOf(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a',
        >= '2' and <= '7' => c - '2' + 26,
        _ => -1,
    };

    private static string Printable(char c) => char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString();
}
