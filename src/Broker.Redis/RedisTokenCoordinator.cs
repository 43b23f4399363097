using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Broker.Authentication;
using StackExchange.Redis;

namespace Broker.Redis;

/// <summary>
/// The account's mint lock (fenced, with expiry, renewed while held) and, when tokens are shared, its token store:
/// tokens are encrypted before they reach Redis, and a write carries the fence of the lock it was minted under, so a
/// process whose lock expired mid-mint cannot overwrite the token a later holder stored.
/// </summary>
internal sealed class RedisTokenCoordinator : ITokenMintLock, IAccessTokenStore
{
    private readonly RedisAccountConnection _connection;
    private readonly IAccessTokenProtector? _protector;
    private long _heldFence;

    public RedisTokenCoordinator(RedisAccountConnection connection)
    {
        _connection = connection;
        var options = connection.Options;
        _protector = options.TokenProtector
            ?? (string.IsNullOrEmpty(options.TokenEncryptionKey) ? null : new AesGcmAccessTokenProtector(options.TokenEncryptionKey));
    }

    public async Task<IAsyncDisposable> AcquireAsync(string accountKey, CancellationToken cancellationToken)
    {
        var options = _connection.Options;
        var keys = _connection.Keys;
        var expiry = (long)options.MintLockExpiry.TotalMilliseconds;
        while (true)
        {
            long fence;
            try
            {
                fence = (long)await _connection.Database.ScriptEvaluateAsync(RedisScripts.TakeLock, [keys.MintLock, keys.MintFence], [expiry]).ConfigureAwait(false);
            }
            catch (Exception ex) when (RedisAccountConnection.IsUnavailable(ex))
            {
                if (options.WhenRedisLost == RedisFailureMode.FailClosed)
                {
                    throw new RedisCoordinationException(
                        $"Redis is unreachable ({ex.GetType().Name}), so the token mint lock shared by the account's processes could not be taken; no token was minted (fail-closed).",
                        ex);
                }

                RedisLog.MintWithoutLock(_connection.Logger, _connection.Account, ex.GetType().Name);
                Volatile.Write(ref _heldFence, 0);
                return NoLock.Instance;
            }

            if (fence > 0)
            {
                Volatile.Write(ref _heldFence, fence);
                return new HeldLock(this, fence);
            }

            await Task.Delay(options.MintLockPollInterval, _connection.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<AccessToken?> GetAsync(string accountKey, CancellationToken cancellationToken)
    {
        RedisValue stored;
        try
        {
            stored = await _connection.Database.HashGetAsync(_connection.Keys.Token, "v").ConfigureAwait(false);
        }
        catch (Exception ex) when (RedisAccountConnection.IsUnavailable(ex))
        {
            if (_connection.Options.WhenRedisLost == RedisFailureMode.FailClosed)
            {
                throw new RedisCoordinationException($"Redis is unreachable ({ex.GetType().Name}), so the account's shared access token could not be read (fail-closed).", ex);
            }

            return null;
        }

        if (stored.IsNullOrEmpty)
        {
            return null;
        }

        byte[] plain;
        try
        {
            plain = Protector.Unprotect((byte[])stored!);
        }
        catch (CryptographicException ex)
        {
            throw new RedisCoordinationException(
                "The access token stored in Redis for this account cannot be decrypted: every process of the account needs the same TokenEncryptionKey (or TokenProtector).",
                ex);
        }

        var expiresAtMs = BinaryPrimitives.ReadInt64LittleEndian(plain);
        DateTimeOffset? expiresAt = expiresAtMs == long.MinValue ? null : DateTimeOffset.FromUnixTimeMilliseconds(expiresAtMs);
        return new AccessToken(Encoding.UTF8.GetString(plain.AsSpan(sizeof(long))), expiresAt);
    }

    public async Task SetAsync(string accountKey, AccessToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        var value = Encoding.UTF8.GetBytes(token.Value);
        var plain = new byte[sizeof(long) + value.Length];
        BinaryPrimitives.WriteInt64LittleEndian(plain, token.ExpiresAt?.ToUnixTimeMilliseconds() ?? long.MinValue);
        value.CopyTo(plain.AsSpan(sizeof(long)));
        var sealedToken = Protector.Protect(plain);
        CryptographicOperations.ZeroMemory(plain);
        try
        {
            var stored = (long)await _connection.Database.ScriptEvaluateAsync(
                RedisScripts.StoreToken,
                [_connection.Keys.Token],
                [sealedToken, Volatile.Read(ref _heldFence), token.ExpiresAt?.ToUnixTimeMilliseconds() ?? 0]).ConfigureAwait(false);
            if (stored == 0)
            {
                RedisLog.TokenWriteSuperseded(_connection.Logger, _connection.Account);
            }
        }
        catch (Exception ex) when (RedisAccountConnection.IsUnavailable(ex))
        {
            // The token is in this process's memory already; the others mint or read once Redis answers.
            RedisLog.TokenWriteFailed(_connection.Logger, _connection.Account, ex.GetType().Name);
        }
    }

    public async Task RemoveAsync(string accountKey, CancellationToken cancellationToken)
    {
        try
        {
            await _connection.Database.KeyDeleteAsync(_connection.Keys.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (RedisAccountConnection.IsUnavailable(ex))
        {
            RedisLog.TokenWriteFailed(_connection.Logger, _connection.Account, ex.GetType().Name);
        }
    }

    private IAccessTokenProtector Protector => _protector
        ?? throw new InvalidOperationException("Shared tokens need TokenEncryptionKey or TokenProtector (checked by UseRedis).");

    private async Task RenewAsync(long fence)
    {
        try
        {
            await _connection.Database.ScriptEvaluateAsync(
                RedisScripts.RenewLock,
                [_connection.Keys.MintLock],
                [fence, (long)_connection.Options.MintLockExpiry.TotalMilliseconds]).ConfigureAwait(false);
        }
        catch (Exception ex) when (RedisAccountConnection.IsUnavailable(ex))
        {
            // Not renewed: the lock expires and another process may mint; the fence keeps this one's token from
            // overwriting the later one.
            RedisLog.LockReleaseFailed(_connection.Logger, _connection.Account, ex.GetType().Name);
        }
    }

    private async ValueTask ReleaseAsync(long fence)
    {
        Interlocked.CompareExchange(ref _heldFence, 0, fence);
        try
        {
            await _connection.Database.ScriptEvaluateAsync(RedisScripts.ReleaseLock, [_connection.Keys.MintLock], [fence]).ConfigureAwait(false);
        }
        catch (Exception ex) when (RedisAccountConnection.IsUnavailable(ex))
        {
            RedisLog.LockReleaseFailed(_connection.Logger, _connection.Account, ex.GetType().Name);
        }
    }

    /// <summary>The lock while held: renewed every third of its expiry, released on dispose.</summary>
    private sealed class HeldLock : IAsyncDisposable
    {
        private readonly RedisTokenCoordinator _owner;
        private readonly long _fence;
        private readonly ITimer _renewal;
        private int _released;

        public HeldLock(RedisTokenCoordinator owner, long fence)
        {
            _owner = owner;
            _fence = fence;
            var every = owner._connection.Options.MintLockExpiry / 3;
            _renewal = owner._connection.TimeProvider.CreateTimer(static s => ((HeldLock)s!).Renew(), this, every, every);
        }

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                await _renewal.DisposeAsync().ConfigureAwait(false);
                await _owner.ReleaseAsync(_fence).ConfigureAwait(false);
            }
        }

        private void Renew()
        {
            if (Volatile.Read(ref _released) == 0)
            {
                _ = _owner.RenewAsync(_fence);
            }
        }
    }

    /// <summary>What a process mints under when Redis is lost and the failure mode is the local fallback.</summary>
    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
