using OtpNet;

namespace Broker.Security;

/// <summary>
/// Reads a Base32 TOTP secret (RFC 4648 alphabet) as people copy it from Groww and Dhan: lowercase, spaces, dashes
/// and missing padding are accepted. The text is checked here so a bad secret gets a message naming the problem and
/// its position (never the secret); the decoding itself is Otp.NET's <see cref="Base32Encoding"/>.
/// </summary>
internal static class TotpSecret
{
    /// <summary>Decodes a Base32 secret.</summary>
    /// <param name="text">The secret; case, spaces, dashes and trailing padding are ignored.</param>
    /// <returns>The key bytes; empty when the text holds no Base32 symbols.</returns>
    /// <exception cref="FormatException">
    /// A character is outside the Base32 alphabet, padding appears in the middle, or the length cannot be a Base32
    /// encoding. The message names the position, not the text.
    /// </exception>
    public static byte[] Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var symbols = Normalize(text);
        if (symbols.Length == 0)
        {
            return [];
        }

        try
        {
            return Base32Encoding.ToBytes(symbols);
        }
        catch (ArgumentException ex)
        {
            // Normalize has already checked every character, so this is not expected; keep Otp.NET's message (it never
            // quotes the input) under the SDK's exception type.
            throw new FormatException($"Base32 text could not be decoded: {ex.Message}", ex);
        }
    }

    /// <summary>Whether a text is a usable secret: valid Base32 holding at least one byte.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when <see cref="Decode"/> would return a non-empty key.</returns>
    public static bool IsValid(string? text)
    {
        if (text is null)
        {
            return false;
        }

        try
        {
            return Decode(text).Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>The Base32 symbols of the text, upper-cased, without separators or padding; throws when invalid.</summary>
    private static string Normalize(string text)
    {
        var symbols = new System.Text.StringBuilder(text.Length);
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

            if (!char.IsAsciiLetter(c) && c is not (>= '2' and <= '7'))
            {
                var hint = c is '0' or '1' or '8' or '9'
                    ? " (the digits 0, 1, 8 and 9 are not in the Base32 alphabet; check that this is the TOTP secret and not an access token)"
                    : string.Empty;
                throw new FormatException($"Base32 text has an invalid character '{Printable(c)}' at position {i + 1}; only A–Z and 2–7 are allowed{hint}.");
            }

            symbols.Append(char.ToUpperInvariant(c));
        }

        if (symbols.Length % 8 is 1 or 3 or 6)
        {
            throw new FormatException($"Base32 text has {symbols.Length} symbols, which no byte sequence encodes to; part of the text is probably missing.");
        }

        return symbols.ToString();
    }

    private static string Printable(char c) => char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString();
}
