namespace Broker.Redis;

/// <summary>
/// Encrypts access tokens before they are written to Redis and decrypts them after they are read (shaped like
/// ASP.NET Core's <c>IDataProtector</c>, so an adapter over one is two lines). Used instead of
/// <see cref="RedisBrokerOptions.TokenEncryptionKey"/> when set.
/// </summary>
public interface IAccessTokenProtector
{
    /// <summary>Encrypts (and authenticates) a serialized token.</summary>
    /// <param name="plaintext">The bytes to protect.</param>
    /// <returns>The protected bytes, stored in Redis.</returns>
    byte[] Protect(byte[] plaintext);

    /// <summary>Decrypts what <see cref="Protect"/> produced; throws when the bytes were not produced with the same key.</summary>
    /// <param name="protectedData">The stored bytes.</param>
    /// <returns>The serialized token.</returns>
    byte[] Unprotect(byte[] protectedData);
}
