using Broker.Security;

namespace Broker.Samples.Webhook.Security;

/// <summary>
/// The last guard before text reaches the order log, a response or a log line: masks the webhook secret, every
/// configured broker credential, the access token in use, and anything <see cref="SecretRedactor"/> recognises
/// (JWTs, <c>"token": "..."</c> pairs).
/// </summary>
/// <param name="knownSecrets">The secrets configured at start-up.</param>
/// <param name="currentToken">Reads the access token in use, if any.</param>
internal sealed class SecretScrubber(IReadOnlyList<string> knownSecrets, Func<string?>? currentToken = null)
{
    /// <summary>Masks every secret in <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with each secret replaced by <see cref="SecretRedactor.Mask"/>; <see langword="null"/> stays <see langword="null"/>.</returns>
    public string? Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var token = currentToken?.Invoke();
        return SecretRedactor.Redact(text, token is null ? knownSecrets : [.. knownSecrets, token]);
    }
}
