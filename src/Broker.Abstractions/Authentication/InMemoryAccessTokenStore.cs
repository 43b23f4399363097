using System.Collections.Concurrent;

namespace Broker.Authentication;

/// <summary>The default <see cref="IAccessTokenStore"/>: tokens live in process memory and are lost on restart.</summary>
public sealed class InMemoryAccessTokenStore : IAccessTokenStore
{
    private readonly ConcurrentDictionary<string, AccessToken> _tokens = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<AccessToken?> GetAsync(string accountKey, CancellationToken cancellationToken) =>
        Task.FromResult(_tokens.TryGetValue(accountKey, out var token) ? token : null);

    /// <inheritdoc />
    public Task SetAsync(string accountKey, AccessToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        _tokens[accountKey] = token;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RemoveAsync(string accountKey, CancellationToken cancellationToken)
    {
        _tokens.TryRemove(accountKey, out _);
        return Task.CompletedTask;
    }
}
