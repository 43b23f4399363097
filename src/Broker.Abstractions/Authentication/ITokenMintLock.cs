namespace Broker.Authentication;

/// <summary>
/// A lock that makes token mints single-flight across processes (<see cref="TokenManager"/> already makes them
/// single-flight within one). While one process holds it and mints, the others wait; each then reads the
/// <see cref="IAccessTokenStore"/> and takes the token the holder stored instead of minting its own. The Broker.Redis
/// package provides one on Redis, with an expiry, so that a holder that dies mid-mint blocks the others only until the
/// lock expires.
/// </summary>
public interface ITokenMintLock
{
    /// <summary>Waits until this process holds the account's mint lock.</summary>
    /// <param name="accountKey">The account's key (as the token store receives it).</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The held lock; dispose it to release it (after the new token is stored).</returns>
    /// <exception cref="Errors.BrokerException">The lock cannot be reached: no mint is made.</exception>
    Task<IAsyncDisposable> AcquireAsync(string accountKey, CancellationToken cancellationToken);
}
