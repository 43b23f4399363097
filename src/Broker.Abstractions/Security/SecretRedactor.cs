using System.Text.RegularExpressions;

namespace Broker.Security;

/// <summary>
/// Removes secrets from text before it reaches a log line or an exception message: values of sensitive JSON
/// properties, query parameters and headers (tokens, keys, secrets, PINs, TOTP codes, checksums), anything that looks
/// like a JWT, and any exact secret value the caller names.
/// </summary>
public static partial class SecretRedactor
{
    /// <summary>What replaces a redacted value.</summary>
    public const string Mask = "***";

    /// <summary>The default maximum length of a body snippet.</summary>
    public const int DefaultSnippetLength = 512;

    /// <summary>
    /// Redacts a text: sensitive JSON properties, query parameters and header-style values, JWT-shaped strings and
    /// each of <paramref name="knownSecrets"/>.
    /// </summary>
    /// <param name="text">The text, such as a response body or URL.</param>
    /// <param name="knownSecrets">Exact secret values to remove wherever they appear.</param>
    /// <returns>The redacted text.</returns>
    public static string Redact(string? text, IEnumerable<string?>? knownSecrets = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = JsonPropertyPattern().Replace(text, m => m.Groups["prefix"].Value + "\"" + Mask + "\"");
        result = QueryOrHeaderPattern().Replace(result, m => m.Groups["prefix"].Value + Mask);
        result = JwtPattern().Replace(result, Mask);
        if (knownSecrets is not null)
        {
            foreach (var secret in knownSecrets)
            {
                if (!string.IsNullOrEmpty(secret) && secret.Length >= 4)
                {
                    result = result.Replace(secret, Mask, StringComparison.Ordinal);
                }
            }
        }

        return result;
    }

    /// <summary>Redacts a response body and cuts it to a snippet of the default length, for an exception message.</summary>
    /// <param name="body">The body text.</param>
    /// <returns>The redacted snippet, or <see langword="null"/> for an empty body.</returns>
    public static string? Snippet(string? body) => Snippet(body, DefaultSnippetLength);

    /// <summary>Redacts a response body and cuts it to a snippet suitable for an exception message.</summary>
    /// <param name="body">The body text.</param>
    /// <param name="maxLength">The maximum snippet length.</param>
    /// <returns>The redacted snippet, or <see langword="null"/> for an empty body.</returns>
    public static string? Snippet(string? body, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        var redacted = Redact(body).Trim();
        return redacted.Length <= maxLength ? redacted : string.Concat(redacted.AsSpan(0, maxLength), "…");
    }

    /// <summary>Redacts a UTF-8 response body and cuts it to a snippet of the default length.</summary>
    /// <param name="utf8Body">The body bytes.</param>
    /// <returns>The redacted snippet, or <see langword="null"/> for an empty body.</returns>
    public static string? Snippet(ReadOnlySpan<byte> utf8Body) => Snippet(utf8Body, DefaultSnippetLength);

    /// <summary>Redacts a UTF-8 response body and cuts it to a snippet.</summary>
    /// <param name="utf8Body">The body bytes.</param>
    /// <param name="maxLength">The maximum snippet length.</param>
    /// <returns>The redacted snippet, or <see langword="null"/> for an empty body.</returns>
    public static string? Snippet(ReadOnlySpan<byte> utf8Body, int maxLength)
    {
        if (utf8Body.IsEmpty)
        {
            return null;
        }

        // Read a little more than the snippet so a secret cut at the boundary is still recognised and redacted.
        var take = Math.Min(utf8Body.Length, (maxLength * 2) + 256);
        return Snippet(System.Text.Encoding.UTF8.GetString(utf8Body[..take]), maxLength);
    }

    /// <summary>Masks a secret for display: never more than its first two characters, the rest replaced.</summary>
    /// <param name="secret">The secret.</param>
    /// <returns>A masked form such as <c>ab***</c>, or <c>***</c> for short or empty secrets.</returns>
    public static string MaskValue(string? secret) =>
        string.IsNullOrEmpty(secret) || secret.Length < 12 ? Mask : string.Concat(secret.AsSpan(0, 2), Mask);

    private const string SensitiveNames =
        "access[_-]?token|accesstoken|token|refresh[_-]?token|api[_-]?key|apikey|api[_-]?secret|app[_-]?secret|secret|client[_-]?secret|" +
        "password|passwd|pin|totp|otp|checksum|authorization|partner[_-]?secret|totp[_-]?secret|jwt|answer|socketkey";

    // A value cut off before its closing quote (a truncated body) is matched to the end of the text.
    [GeneratedRegex("(?<prefix>\"(?:" + SensitiveNames + ")\"\\s*:\\s*)(?<value>\"(?:[^\"\\\\]|\\\\.)*(?:\"|$)|-?[0-9][0-9.eE+-]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JsonPropertyPattern();

    [GeneratedRegex("(?<prefix>(?<![A-Za-z0-9_-])(?:" + SensitiveNames + ")\\s*[=:]\\s*(?:Bearer\\s+)?)(?<value>[^&\\s\",;}]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QueryOrHeaderPattern();

    [GeneratedRegex("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*", RegexOptions.CultureInvariant)]
    private static partial Regex JwtPattern();
}
