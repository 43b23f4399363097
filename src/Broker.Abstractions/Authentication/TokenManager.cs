using Broker.Errors;
using Broker.Logging;
using Broker.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Broker.Authentication;

/// <summary>
/// Owns the access token of one broker account: caches it, renews it a margin before it expires, and renews it
/// when the broker rejects it. However many callers need a new token at once, exactly one mint call is made and
/// all of them receive its result (single-flight). A failed mint reaches every waiter and is not cached, so the
/// next call tries again.
/// </summary>
/// <remarks>
/// Register one instance per account as a singleton; handlers and clients only ask it for tokens.
/// </remarks>
public sealed class TokenManager
{
    private readonly IAccessTokenProvider _provider;
    private readonly IAccessTokenStore _store;
    private readonly TokenManagerOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private volatile AccessToken? _current;
    private Task<AccessToken>? _inflight;
    private bool _storeChecked;
    private int _mintCount;

    /// <summary>Creates a token manager for one account.</summary>
    /// <param name="accountKey">A key naming the account, used with the token store and in logs (never a secret).</param>
    /// <param name="provider">The authentication flow that mints tokens.</param>
    /// <param name="store">Where the current token is kept; in memory when <see langword="null"/>.</param>
    /// <param name="options">Renewal timing; defaults when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="logger">The logger.</param>
    public TokenManager(
        string accountKey,
        IAccessTokenProvider provider,
        IAccessTokenStore? store = null,
        TokenManagerOptions? options = null,
        TimeProvider? timeProvider = null,
        ILogger<TokenManager>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountKey);
        ArgumentNullException.ThrowIfNull(provider);
        AccountKey = accountKey;
        _provider = provider;
        _store = store ?? new InMemoryAccessTokenStore();
        _options = options ?? new TokenManagerOptions();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The account's key.</summary>
    public string AccountKey { get; }

    /// <summary>The authentication flow in use, such as <c>totp</c>.</summary>
    public string FlowName => _provider.FlowName;

    /// <summary>The token in use now, if one has been obtained; use it to report health (for example its remaining lifetime).</summary>
    public AccessToken? CurrentToken => _current;

    /// <summary>How many times the provider has been asked for a token by this manager.</summary>
    public int MintCount => Volatile.Read(ref _mintCount);

    /// <summary>
    /// Returns a token that is valid for at least the renewal margin, minting one when there is none or the current
    /// one is close to expiry.
    /// </summary>
    /// <param name="cancellationToken">Cancels this caller's wait; a mint already under way continues for the others.</param>
    /// <returns>The token.</returns>
    /// <exception cref="BrokerAuthenticationException">No valid token can be obtained.</exception>
    public async Task<AccessToken> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        var current = _current;
        if (current is not null && !NeedsRenewal(current))
        {
            return current;
        }

        if (!_storeChecked)
        {
            await RestoreFromStoreAsync(cancellationToken).ConfigureAwait(false);
            current = _current;
            if (current is not null && !NeedsRenewal(current))
            {
                return current;
            }
        }

        return await JoinOrStartMintAsync(rejected: null, reason: current is null ? "no token yet" : "token about to expire", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Renews the token after the broker rejected <paramref name="rejectedToken"/>. When another caller has already
    /// replaced that token, the replacement is returned without a new mint.
    /// </summary>
    /// <param name="rejectedToken">The token the broker refused.</param>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    /// <returns>A new token.</returns>
    /// <exception cref="BrokerAuthenticationException">The flow cannot renew (a pasted access token) or the mint failed.</exception>
    public async Task<AccessToken> RenewAsync(AccessToken? rejectedToken, CancellationToken cancellationToken = default)
    {
        if (!_provider.CanRenew)
        {
            var current = _current;
            if (current is not null && rejectedToken is not null && !ReferenceEquals(current, rejectedToken) && current.Value != rejectedToken.Value)
            {
                return current;
            }

            throw CannotRenew("was rejected by the broker");
        }

        if (rejectedToken is not null)
        {
            await _store.RemoveAsync(AccountKey, cancellationToken).ConfigureAwait(false);
        }

        return await JoinOrStartMintAsync(rejectedToken, "token rejected by the broker", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets the current token so the next call mints a new one.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when forgotten.</returns>
    public async Task InvalidateAsync(CancellationToken cancellationToken = default)
    {
        _current = null;
        await _store.RemoveAsync(AccountKey, cancellationToken).ConfigureAwait(false);
    }

    private bool NeedsRenewal(AccessToken token)
    {
        var now = _timeProvider.GetUtcNow();

        // A pasted token cannot be replaced early, so it is used until its actual expiry.
        return _provider.CanRenew ? token.IsExpired(now, _options.RenewBeforeExpiry) : token.IsExpired(now);
    }

    private Task<AccessToken> JoinOrStartMintAsync(AccessToken? rejected, string reason, CancellationToken cancellationToken)
    {
        Task<AccessToken> mint;
        lock (_gate)
        {
            var current = _current;
            var currentIsUsable = current is not null && !NeedsRenewal(current)
                && (rejected is null || current.Value != rejected.Value);
            if (currentIsUsable)
            {
                return Task.FromResult(current!);
            }

            if (_inflight is null || _inflight.IsCompleted)
            {
                if (!_provider.CanRenew && current is not null)
                {
                    throw CannotRenew($"expired at {current.ExpiresAt:yyyy-MM-dd HH:mm:ss zzz}");
                }

                BrokerLog.TokenRenewing(_logger, AccountKey, reason);
                _inflight = MintAsync();
            }

            mint = _inflight;
        }

        return mint.WaitAsync(cancellationToken);
    }

    private async Task<AccessToken> MintAsync()
    {
        // Leave the lock before running the provider, so a provider that completes synchronously cannot re-enter.
        await Task.Yield();
        Interlocked.Increment(ref _mintCount);
        AccessToken token;
        try
        {
            token = await _provider.GetTokenAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (BrokerAuthenticationException ex)
        {
            BrokerLog.TokenMintFailed(_logger, AccountKey, _provider.FlowName, ex.Message);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var detail = SecretRedactor.Redact(ex.Message);
            BrokerLog.TokenMintFailed(_logger, AccountKey, _provider.FlowName, detail);
            throw new BrokerAuthenticationException($"Obtaining an access token by the {_provider.FlowName} flow failed: {detail}", ex)
            {
                Flow = _provider.FlowName,
                IsTransient = ex is BrokerException { IsTransient: true } or HttpRequestException,
            };
        }

        if (!_provider.CanRenew && token.IsExpired(_timeProvider.GetUtcNow()))
        {
            throw CannotRenew($"expired at {token.ExpiresAt:yyyy-MM-dd HH:mm:ss zzz}");
        }

        _current = token;
        if (_provider.CanRenew)
        {
            await _store.SetAsync(AccountKey, token, CancellationToken.None).ConfigureAwait(false);
        }

        BrokerLog.TokenMinted(_logger, AccountKey, _provider.FlowName, token.ExpiresAt);
        return token;
    }

    private async Task RestoreFromStoreAsync(CancellationToken cancellationToken)
    {
        if (!_provider.CanRenew)
        {
            _storeChecked = true;
            return;
        }

        var stored = await _store.GetAsync(AccountKey, cancellationToken).ConfigureAwait(false);
        _storeChecked = true;
        if (stored is not null && !NeedsRenewal(stored))
        {
            lock (_gate)
            {
                _current ??= stored;
            }

            BrokerLog.TokenRestored(_logger, AccountKey, stored.ExpiresAt);
        }
    }

    private BrokerAuthenticationException CannotRenew(string what) =>
        new($"The {_provider.FlowName} access token {what} and cannot be renewed automatically. {_provider.RenewalHint}")
        {
            Flow = _provider.FlowName,
            RequiresHumanAction = true,
            StatusCode = 401,
        };
}
