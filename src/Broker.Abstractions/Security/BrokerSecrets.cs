using System.Net;
using System.Text;

namespace Broker.Security;

/// <summary>
/// The secrets of one broker account (API key and secret, TOTP secret, PIN, client secret, the access tokens it has
/// used, socket tokens), and the one place that removes them from text before it reaches an exception message, a
/// broker message, a body snippet or a log line.
/// </summary>
/// <remarks>
/// <para>Each secret is removed in every form a broker could echo it back in: as sent, in any letter case,
/// URL-encoded and Base64-encoded (standard and URL-safe). A text that ends in the first part of a secret (a body cut
/// off mid-value) has that part removed too. On top of that come the generic rules of <see cref="SecretRedactor"/>
/// (values of <c>token</c>, <c>password</c>, <c>pin</c>… properties, JWT-shaped strings).</para>
/// <para>Secrets shorter than four characters are not searched for: they would mask ordinary words and numbers.</para>
/// <para>Thread-safe. Runtime secrets (tokens minted while running) are kept for the last
/// <see cref="RememberedRuntimeSecrets"/> added, so an answer that echoes the previous token is still redacted.</para>
/// </remarks>
public sealed class BrokerSecrets
{
    /// <summary>How many runtime secrets (tokens minted while running) are remembered.</summary>
    public const int RememberedRuntimeSecrets = 8;

    private const int MinimumLength = 4;
    private const int MinimumTailLength = 6;

    private readonly Func<IEnumerable<string?>>? _configured;
    private readonly Lock _gate = new();
    private readonly LinkedList<string> _runtime = new();
    private string[]? _forms;
    private string _formsKey = string.Empty;

    /// <summary>Creates the secret set of an account.</summary>
    /// <param name="configured">
    /// Reads the secrets set in the account's options (read on every redaction, so a changed option is honoured);
    /// <see langword="null"/> for none.
    /// </param>
    public BrokerSecrets(Func<IEnumerable<string?>>? configured = null)
    {
        _configured = configured;
    }

    /// <summary>A set without account secrets: only the generic rules apply.</summary>
    public static BrokerSecrets None { get; } = new();

    /// <summary>
    /// Remembers a secret learnt while running, such as a newly minted access token or a socket token, so it is
    /// redacted from then on.
    /// </summary>
    /// <param name="secret">The secret; ignored when shorter than four characters.</param>
    public void Add(string? secret)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length < MinimumLength)
        {
            return;
        }

        lock (_gate)
        {
            if (_runtime.Contains(secret))
            {
                return;
            }

            _runtime.AddLast(secret);
            while (_runtime.Count > RememberedRuntimeSecrets)
            {
                _runtime.RemoveFirst();
            }

            _forms = null;
        }
    }

    /// <summary>Removes every known secret, in every form, and everything the generic rules match.</summary>
    /// <param name="text">The text, such as a broker message or a response body.</param>
    /// <returns>The redacted text; empty for <see langword="null"/>.</returns>
    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = SecretRedactor.Redact(text);
        foreach (var form in Forms())
        {
            if (result.Contains(form, StringComparison.OrdinalIgnoreCase))
            {
                result = result.Replace(form, SecretRedactor.Mask, StringComparison.OrdinalIgnoreCase);
            }
        }

        return RedactCutOffTail(result);
    }

    /// <summary>Redacts a UTF-8 body and cuts it to a snippet for an exception.</summary>
    /// <param name="utf8Body">The body.</param>
    /// <param name="maxLength">The longest snippet.</param>
    /// <returns>The snippet, or <see langword="null"/> for an empty body.</returns>
    public string? Snippet(ReadOnlySpan<byte> utf8Body, int maxLength = SecretRedactor.DefaultSnippetLength)
    {
        if (utf8Body.IsEmpty)
        {
            return null;
        }

        // Decode more than the snippet, so a secret that straddles the cut is still recognised before cutting.
        var take = Math.Min(utf8Body.Length, (maxLength * 2) + 256);
        var redacted = Redact(Encoding.UTF8.GetString(utf8Body[..take])).Trim();
        if (redacted.Length == 0)
        {
            return null;
        }

        return redacted.Length <= maxLength ? redacted : string.Concat(redacted.AsSpan(0, maxLength), "…");
    }

    private string RedactCutOffTail(string text)
    {
        // A body cut off mid-value can end in the first part of a secret; that part is a secret too.
        foreach (var form in Forms())
        {
            var longest = Math.Min(form.Length - 1, text.Length);
            for (var length = longest; length >= MinimumTailLength; length--)
            {
                if (text.AsSpan(text.Length - length).Equals(form.AsSpan(0, length), StringComparison.OrdinalIgnoreCase))
                {
                    return string.Concat(text.AsSpan(0, text.Length - length), SecretRedactor.Mask);
                }
            }
        }

        return text;
    }

    private string[] Forms()
    {
        var configured = _configured?.Invoke();
        lock (_gate)
        {
            var key = KeyOf(configured);
            if (_forms is not null && string.Equals(key, _formsKey, StringComparison.Ordinal))
            {
                return _forms;
            }

            var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var secret in (configured ?? []).Concat(_runtime))
            {
                AddForms(secret, forms);
            }

            // Longest first, so a form that contains another is replaced whole.
            _forms = [.. forms.OrderByDescending(f => f.Length)];
            _formsKey = key;
            return _forms;
        }
    }

    private string KeyOf(IEnumerable<string?>? configured)
    {
        if (configured is null)
        {
            return _runtime.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var builder = new StringBuilder();
        foreach (var secret in configured)
        {
            builder.Append(secret?.Length ?? -1).Append(':').Append(secret?.GetHashCode(StringComparison.Ordinal) ?? 0).Append(';');
        }

        return builder.Append(_runtime.Count).ToString();
    }

    private static void AddForms(string? secret, HashSet<string> forms)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Length < MinimumLength)
        {
            return;
        }

        forms.Add(secret);
        forms.Add(Uri.EscapeDataString(secret));
        forms.Add(WebUtility.UrlEncode(secret));
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(secret));
        forms.Add(base64);
        var unpadded = base64.TrimEnd('=');
        if (unpadded.Length >= MinimumLength)
        {
            forms.Add(unpadded);
            forms.Add(unpadded.Replace('+', '-').Replace('/', '_'));
        }
    }
}
