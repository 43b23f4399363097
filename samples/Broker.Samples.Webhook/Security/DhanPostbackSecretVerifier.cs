using System.Security.Cryptography;
using System.Text;
using Broker.Samples.Webhook.Configuration;

namespace Broker.Samples.Webhook.Security;

/// <summary>
/// Checks the secret path segment of <c>POST /dhan/postback/{secret}</c> against <c>Webhook:DhanPostbackSecret</c> in
/// constant time (SHA-256 digests compared with <see cref="CryptographicOperations.FixedTimeEquals"/>). Dhan documents
/// no signature for postbacks, so the unguessable URL is the only authentication there is.
/// </summary>
internal sealed class DhanPostbackSecretVerifier
{
    private readonly byte[]? _expectedDigest;

    /// <summary>Creates the verifier.</summary>
    /// <param name="options">The service options; the route is off when <see cref="WebhookOptions.DhanPostbackSecret"/> is unset.</param>
    public DhanPostbackSecretVerifier(WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrEmpty(options.DhanPostbackSecret))
        {
            _expectedDigest = SHA256.HashData(Encoding.UTF8.GetBytes(options.DhanPostbackSecret));
        }
    }

    /// <summary>Whether the postback route is configured at all.</summary>
    public bool IsEnabled => _expectedDigest is not null;

    /// <summary>Whether <paramref name="candidate"/> is the configured secret; always <see langword="false"/> when the route is off.</summary>
    /// <param name="candidate">The path segment the request carried.</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    public bool IsValid(string? candidate)
    {
        if (_expectedDigest is null || candidate is null)
        {
            return false;
        }

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(candidate), digest);
        return CryptographicOperations.FixedTimeEquals(digest, _expectedDigest);
    }
}
