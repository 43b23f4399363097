namespace Broker.Authentication;

/// <summary>
/// Where <see cref="TokenManager"/> keeps the current token for an account. The default keeps it in memory;
/// implement this over a file, <c>IDistributedCache</c> or a secret store to survive restarts, which saves a token
/// mint (Groww allows few per day; a new Dhan token invalidates the old one).
/// </summary>
public interface IAccessTokenStore
{
    /// <summary>Reads the stored token for an account.</summary>
    /// <param name="accountKey">The account's key (broker, registration name and client id).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token, or <see langword="null"/> when none is stored.</returns>
    Task<AccessToken?> GetAsync(string accountKey, CancellationToken cancellationToken);

    /// <summary>Stores the current token for an account, replacing any earlier one.</summary>
    /// <param name="accountKey">The account's key.</param>
    /// <param name="token">The token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when stored.</returns>
    Task SetAsync(string accountKey, AccessToken token, CancellationToken cancellationToken);

    /// <summary>Forgets the token for an account (after the broker rejected it).</summary>
    /// <param name="accountKey">The account's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when removed.</returns>
    Task RemoveAsync(string accountKey, CancellationToken cancellationToken);
}
