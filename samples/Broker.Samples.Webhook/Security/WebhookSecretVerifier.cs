using System.Security.Cryptography;
using System.Text;
using Broker.Samples.Webhook.Configuration;

namespace Broker.Samples.Webhook.Security;

/// <summary>
/// Checks the secret an alert carries against <c>Webhook:Secret</c> in constant time: both are hashed with SHA-256
/// and the digests compared with <see cref="CryptographicOperations.FixedTimeEquals"/>, so neither the content nor
/// the length of the configured secret can be learned from response times.
/// </summary>
internal sealed class WebhookSecretVerifier
{
    private readonly byte[] _expectedDigest;

    /// <summary>Creates the verifier.</summary>
    /// <param name="options">The service options; <see cref="WebhookOptions.Secret"/> must be set.</param>
    public WebhookSecretVerifier(WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Secret);
        Secret = options.Secret.Trim();
        _expectedDigest = SHA256.HashData(Encoding.UTF8.GetBytes(Secret));
    }

    /// <summary>The configured secret, for redaction only. Never log it.</summary>
    internal string Secret { get; }

    /// <summary>Whether <paramref name="candidate"/> is the configured secret.</summary>
    /// <param name="candidate">The secret the request carried; <see langword="null"/> when it carried none.</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    public bool IsValid(string? candidate)
    {
        if (candidate is null)
        {
            return false;
        }

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        // Compared exactly as sent: a secret with spaces around it is not the secret.
        SHA256.HashData(Encoding.UTF8.GetBytes(candidate), digest);
        return CryptographicOperations.FixedTimeEquals(digest, _expectedDigest);
    }
}
