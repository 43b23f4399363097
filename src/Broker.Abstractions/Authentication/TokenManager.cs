using System.Diagnostics;
using Broker.Diagnostics;
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
/// <para>Mints are spent carefully, because brokers cap them (Groww: 150 a day):</para>
/// <list type="bullet">
/// <item>Renewal ahead of expiry runs in the background while the still-valid token keeps serving calls, and at most
/// once per token. A token that is already inside the renewal margin when it is minted (Groww tokens all expire at
/// 06:00 IST, so one minted at 05:30 has half an hour of life whatever the margin) is never renewed ahead: a
/// replacement would expire at the same moment, so it is used until it expires and the next is minted then. A renewal
/// ahead that fails for a transient reason (network, broker unavailable) is tried again after a pause; one the broker
/// refused is not, so a refused login cannot spend the mint allowance every few seconds.</item>
/// <item>A rejected token is renewed once. If the token minted to replace it is rejected too before any call has
/// succeeded with it, the problem is not the token: it is not replaced again for <see cref="TokenManagerOptions.RejectionCooldown"/>
/// (doubling while it repeats, up to <see cref="TokenManagerOptions.MaxRejectionCooldown"/>), and calls fail with the
/// broker's own answer meanwhile.</item>
/// </list>
/// <para>Register one instance per account as a singleton; handlers and clients only ask it for tokens.</para>
/// </remarks>
public sealed class TokenManager
{
    private readonly IAccessTokenProvider _provider;
    private readonly IAccessTokenStore _store;
    private readonly TokenManagerOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly BrokerSecrets? _secrets;
    /// <summary>How long after a failed renewal ahead of expiry the next call may start another.</summary>
    internal static readonly TimeSpan RenewAheadRetryDelay = TimeSpan.FromSeconds(15);

    private readonly Lock _gate = new();
    private volatile AccessToken? _current;
    private volatile AccessToken? _accepted;
    private Task<AccessToken>? _inflight;
    private bool _storeChecked;
    private int _mintCount;
    private AccessToken? _renewedAhead;
    private AccessToken? _bornInsideMargin;
    private DateTimeOffset? _renewAheadNotBefore;
    private AccessToken? _replacement;
    private DateTimeOffset _replacementMintedAt;
    private DateTimeOffset? _cooldownUntil;
    private TimeSpan _cooldown;

    /// <summary>Creates a token manager for one account.</summary>
    /// <param name="accountKey">A key naming the account, used with the token store and in logs (never a secret).</param>
    /// <param name="provider">The authentication flow that mints tokens.</param>
    /// <param name="store">Where the current token is kept; in memory when <see langword="null"/>.</param>
    /// <param name="options">Renewal timing; defaults when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="secrets">The account's secrets: every token minted is added, so no message or log line shows it.</param>
    public TokenManager(
        string accountKey,
        IAccessTokenProvider provider,
        IAccessTokenStore? store = null,
        TokenManagerOptions? options = null,
        TimeProvider? timeProvider = null,
        ILogger<TokenManager>? logger = null,
        BrokerSecrets? secrets = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountKey);
        ArgumentNullException.ThrowIfNull(provider);
        AccountKey = accountKey;
        _provider = provider;
        _store = store ?? new InMemoryAccessTokenStore();
        _options = options ?? new TokenManagerOptions();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _secrets = secrets;
        _cooldown = _options.RejectionCooldown;
    }

    /// <summary>The account's key.</summary>
    public string AccountKey { get; }

    /// <summary>
    /// A lock that makes mints single-flight across processes sharing the account (the Broker.Redis package sets one);
    /// <see langword="null"/> (the default) when this process is the account's only user. With a lock, every mint runs
    /// while holding it and first reads the <see cref="IAccessTokenStore"/>: a usable token there that is not the one
    /// this process is replacing (another process minted it meanwhile) is taken instead of minting, and a token the
    /// broker rejected is not removed from the store (the stored one may be a newer token from another process).
    /// </summary>
    public ITokenMintLock? MintLock { get; init; }

    /// <summary>The instruments measurements go to.</summary>
    internal BrokerMetrics Metrics { get; init; } = BrokerMetrics.Shared;

    /// <summary>The broker whose account this manager serves, for the <c>broker.name</c> tag; none when unset.</summary>
    internal string? BrokerName { get; init; }

    /// <summary>The authentication flow in use, such as <c>totp</c>.</summary>
    public string FlowName => _provider.FlowName;

    /// <summary><see langword="false"/> when the flow cannot mint a new token by itself (a pasted access token).</summary>
    public bool CanRenew => _provider.CanRenew;

    /// <summary>The token in use now, if one has been obtained; use it to report health (for example its remaining lifetime).</summary>
    public AccessToken? CurrentToken => _current;

    /// <summary>How many times the provider has been asked for a token by this manager.</summary>
    public int MintCount => Volatile.Read(ref _mintCount);

    /// <summary>
    /// The mint under way, if any: a renewal ahead of expiry runs in the background while the current token keeps
    /// serving. Await it to know when the new token is in place (it faults when the mint fails); <see langword="null"/>
    /// when no mint is running.
    /// </summary>
    public Task? RenewalInProgress
    {
        get
        {
            lock (_gate)
            {
                return _inflight is { IsCompleted: false } inflight ? inflight : null;
            }
        }
    }

    /// <summary>
    /// Returns a token that can be used now, minting one when there is none or the current one has expired. A token
    /// inside the renewal margin keeps being returned while its replacement is minted in the background.
    /// </summary>
    /// <param name="cancellationToken">Cancels this caller's wait; a mint already under way continues for the others.</param>
    /// <returns>The token.</returns>
    /// <exception cref="BrokerAuthenticationException">No valid token can be obtained.</exception>
    public async Task<AccessToken> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        if (TryGetUsable(out var usable))
        {
            return usable;
        }

        if (!_storeChecked)
        {
            await RestoreFromStoreAsync(cancellationToken).ConfigureAwait(false);
            if (TryGetUsable(out usable))
            {
                return usable;
            }
        }

        var current = _current;
        return await JoinOrStartMintAsync(rejected: null, current is null ? "no token yet" : "token expired", replacement: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Renews the token after the broker rejected <paramref name="rejectedToken"/>. When another caller has already
    /// replaced that token, the replacement is returned without a new mint. Meant for callers with their own give-up
    /// rule (a feed that reconnects a bounded number of times); the REST pipeline's renewals also hold back after a
    /// rejected replacement (see the remarks on <see cref="TokenManager"/>).
    /// </summary>
    /// <param name="rejectedToken">The token the broker refused.</param>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    /// <returns>A new token.</returns>
    /// <exception cref="BrokerAuthenticationException">
    /// The flow cannot renew (a pasted access token), renewal is held back (see the remarks), or the mint failed.
    /// </exception>
    public async Task<AccessToken> RenewAsync(AccessToken? rejectedToken, CancellationToken cancellationToken = default)
    {
        var renewal = await RenewAfterRejectionAsync(rejectedToken, cancellationToken, holdBackRepeatedRejections: false).ConfigureAwait(false);
        return renewal.Token ?? throw new BrokerAuthenticationException(renewal.Refusal!)
        {
            Flow = _provider.FlowName,
            RequiresHumanAction = renewal.RequiresHumanAction,
            StatusCode = 401,
        };
    }

    /// <summary>Forgets the current token so the next call mints a new one.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when forgotten.</returns>
    public async Task InvalidateAsync(CancellationToken cancellationToken = default)
    {
        _current = null;
        await _store.RemoveAsync(AccountKey, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The current token when it can be used now (starting its background renewal when it is due), without waiting.</summary>
    internal bool TryGetUsable(out AccessToken token)
    {
        token = _current!;
        if (token is null)
        {
            return false;
        }

        var now = _timeProvider.GetUtcNow();
        if (token.IsExpired(now))
        {
            return false;
        }

        if (_provider.CanRenew && token.IsExpired(now, _options.RenewBeforeExpiry))
        {
            StartRenewalAhead(token);
        }

        return true;
    }

    /// <summary>Records that the broker accepted <paramref name="token"/> (an answer that was not a token rejection).</summary>
    internal void MarkAccepted(AccessToken token)
    {
        if (ReferenceEquals(_accepted, token))
        {
            return;
        }

        _accepted = token;
        lock (_gate)
        {
            if (ReferenceEquals(token, _current))
            {
                _cooldownUntil = null;
                _cooldown = _options.RejectionCooldown;
            }
        }
    }

    /// <summary>
    /// Decides what to do after the broker refused <paramref name="rejected"/>: the token another caller already minted,
    /// a new one, or a refusal saying why not (then the caller reports the broker's own answer).
    /// </summary>
    internal async Task<TokenRenewal> RenewAfterRejectionAsync(AccessToken? rejected, CancellationToken cancellationToken, bool holdBackRepeatedRejections = true)
    {
        var now = _timeProvider.GetUtcNow();
        lock (_gate)
        {
            var current = _current;
            if (current is not null && rejected is not null && current.Value != rejected.Value && !current.IsExpired(now))
            {
                return new TokenRenewal(current, null, false);
            }

            if (!_provider.CanRenew)
            {
                return new TokenRenewal(null, $"The broker rejected the access token; the {_provider.FlowName} flow cannot renew it automatically. {_provider.RenewalHint}", true);
            }

            if (holdBackRepeatedRejections && rejected is not null && ReferenceEquals(rejected, _replacement) && !ReferenceEquals(_accepted, rejected))
            {
                _cooldownUntil ??= now + _cooldown;
                if (now < _cooldownUntil)
                {
                    BrokerLog.RenewalHeldBack(_logger, AccountKey, _cooldownUntil.Value);
                    return new TokenRenewal(
                        null,
                        $"A token minted at {IndianTimeOf(_replacementMintedAt)} to replace a rejected one was rejected too before any call succeeded with it, so the problem is probably not the token (account blocked, permissions, IP whitelist); the SDK will not mint again before {IndianTimeOf(_cooldownUntil.Value)}, to save the broker's daily mint allowance.",
                        false);
                }

                _cooldownUntil = null;
                _cooldown = _cooldown * 2 > _options.MaxRejectionCooldown ? _options.MaxRejectionCooldown : _cooldown * 2;
            }
        }

        if (rejected is not null && MintLock is null)
        {
            await _store.RemoveAsync(AccountKey, cancellationToken).ConfigureAwait(false);
        }

        var token = await JoinOrStartMintAsync(rejected, "token rejected by the broker", replacement: true, cancellationToken).ConfigureAwait(false);
        return new TokenRenewal(token, null, false);
    }

    private static string IndianTimeOf(DateTimeOffset time) => Time.IndianTime.Format(time, "HH:mm:ss") + " IST";

    private void StartRenewalAhead(AccessToken token)
    {
        Task<AccessToken>? started = null;
        lock (_gate)
        {
            // Once per token, and never for a token that was minted inside the margin: its replacement would be born
            // inside the margin too (a Groww token minted at 05:30 still expires at 06:00), so renewing it would mint on
            // every call until it expires. A renewal that failed transiently is tried again after a pause: some flows
            // (Dhan RenewToken) can only renew a token that is still active.
            if (!ReferenceEquals(token, _current) || ReferenceEquals(token, _bornInsideMargin) || ReferenceEquals(token, _renewedAhead)
                || _inflight is { IsCompleted: false }
                || (_renewAheadNotBefore is { } notBefore && _timeProvider.GetUtcNow() < notBefore))
            {
                return;
            }

            _renewedAhead = token;
            _renewAheadNotBefore = null;
            BrokerLog.TokenRenewing(_logger, AccountKey, "token close to expiry, renewing in the background");
            started = _inflight = MintAsync(replacement: false, trigger: token);
        }

        _ = started.ContinueWith(
            static (task, state) => ((TokenManager)state!).OnRenewalAheadFailed(task.Exception?.GetBaseException()),
            this,
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private void OnRenewalAheadFailed(Exception? failure)
    {
        // Only a transient failure is worth another mint before the token expires; a login the broker refused would
        // be refused again, and each attempt spends the daily mint allowance (and, with TOTP, a code).
        var transient = failure is HttpRequestException or BrokerException { IsTransient: true };
        if (!transient)
        {
            return;
        }

        lock (_gate)
        {
            _renewedAhead = null;
            _renewAheadNotBefore = _timeProvider.GetUtcNow() + RenewAheadRetryDelay;
        }

        BrokerLog.TokenRenewalAheadFailed(_logger, failure?.GetType().Name ?? "failure", RenewAheadRetryDelay.TotalSeconds);
    }

    private Task<AccessToken> JoinOrStartMintAsync(AccessToken? rejected, string reason, bool replacement, CancellationToken cancellationToken)
    {
        Task<AccessToken> mint;
        lock (_gate)
        {
            var current = _current;
            var now = _timeProvider.GetUtcNow();
            var currentIsUsable = current is not null && !current.IsExpired(now)
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
                _inflight = MintAsync(replacement, rejected ?? current);
            }

            mint = _inflight;
        }

        return mint.WaitAsync(cancellationToken);
    }

    private async Task<AccessToken> MintAsync(bool replacement, AccessToken? trigger)
    {
        // Leave the lock before running the provider, so a provider that completes synchronously cannot re-enter.
        await Task.Yield();
        using var activity = BrokerActivities.Source.StartActivity(BrokerActivities.TokenMintName, ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            if (BrokerName is not null)
            {
                activity.SetTag(BrokerTags.BrokerName, BrokerName);
            }

            activity.SetTag(BrokerTags.AuthFlow, _provider.FlowName);
            activity.SetTag(BrokerTags.MintReason, replacement ? "rejected" : "missing_or_expiring");
        }

        try
        {
            var (minted, adopted) = MintLock is null
                ? (await MintCoreAsync(replacement).ConfigureAwait(false), false)
                : await MintUnderLockAsync(MintLock, replacement, trigger).ConfigureAwait(false);
            if (adopted)
            {
                // Another process minted it: no mint of this account's allowance to count.
                activity?.SetTag(BrokerTags.Outcome, "adopted");
            }
            else
            {
                RecordMint(activity, null);
            }

            return minted;
        }
        catch (Exception ex)
        {
            RecordMint(activity, ex);
            throw;
        }
    }

    private void RecordMint(Activity? activity, Exception? failure)
    {
        var outcome = failure is null ? BrokerTags.Success : BrokerTags.Failure;
        if (Metrics.TokenMints.Enabled)
        {
            var tags = new TagList
            {
                { BrokerTags.AuthFlow, _provider.FlowName },
                { BrokerTags.Outcome, outcome },
            };
            if (BrokerName is not null)
            {
                tags.Add(BrokerTags.BrokerName, BrokerName);
            }

            if (failure is not null)
            {
                tags.Add(BrokerTags.ErrorType, failure is BrokerException broker ? broker.Category.ToString() : failure.GetType().Name);
            }

            Metrics.TokenMints.Add(1, tags);
        }

        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(BrokerTags.Outcome, outcome);
            if (failure is not null)
            {
                activity.SetTag(BrokerTags.ErrorType, failure is BrokerException broker ? broker.Category.ToString() : failure.GetType().Name);
                activity.SetStatus(ActivityStatusCode.Error, outcome);
            }
        }
    }

    /// <summary>
    /// Mints while holding the cross-process lock, unless the store already holds a usable token other than
    /// <paramref name="trigger"/> (the token being replaced): another process minted it while this one waited.
    /// </summary>
    private async Task<(AccessToken Token, bool Adopted)> MintUnderLockAsync(ITokenMintLock mintLock, bool replacement, AccessToken? trigger)
    {
        IAsyncDisposable held;
        try
        {
            held = await mintLock.AcquireAsync(AccountKey, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not BrokerException and not OperationCanceledException)
        {
            throw new BrokerAuthenticationException($"The shared token mint lock could not be taken ({ex.GetType().Name}); no token was minted.", ex)
            {
                Flow = _provider.FlowName,
                IsTransient = true,
            };
        }

        await using (held.ConfigureAwait(false))
        {
            if (_provider.CanRenew)
            {
                var stored = await _store.GetAsync(AccountKey, CancellationToken.None).ConfigureAwait(false);
                if (stored is not null && !stored.IsExpired(_timeProvider.GetUtcNow()) && stored.Value != trigger?.Value)
                {
                    _secrets?.Add(stored.Value);
                    lock (_gate)
                    {
                        _current = stored;
                        if (replacement)
                        {
                            _replacement = stored;
                            _replacementMintedAt = _timeProvider.GetUtcNow();
                        }
                    }

                    BrokerLog.TokenAdoptedFromStore(_logger, AccountKey, stored.ExpiresAt);
                    return (stored, true);
                }
            }

            return (await MintCoreAsync(replacement).ConfigureAwait(false), false);
        }
    }

    private async Task<AccessToken> MintCoreAsync(bool replacement)
    {
        Interlocked.Increment(ref _mintCount);
        AccessToken token;
        try
        {
            token = await _provider.GetTokenAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (BrokerAuthenticationException ex)
        {
            BrokerLog.TokenMintFailed(_logger, AccountKey, _provider.FlowName, Redact(ex.Message));
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var detail = Redact(ex.Message);
            BrokerLog.TokenMintFailed(_logger, AccountKey, _provider.FlowName, detail);
            throw new BrokerAuthenticationException($"Obtaining an access token by the {_provider.FlowName} flow failed: {detail}", ExceptionRedaction.Sanitize(ex, _secrets ?? BrokerSecrets.None))
            {
                Flow = _provider.FlowName,
                IsTransient = ex is BrokerException { IsTransient: true } or HttpRequestException,
            };
        }

        _secrets?.Add(token.Value);
        if (token.Value.AsSpan().IndexOfAnyExceptInRange('!', '~') >= 0)
        {
            // A token is sent as a header: a line break in it could inject another header, and the HTTP stack would
            // refuse other characters mid-call anyway.
            var refused = new BrokerAuthenticationException($"The {_provider.FlowName} flow returned an access token with characters that cannot be sent in an HTTP header (spaces, control or non-ASCII characters); it was not used.")
            {
                Flow = _provider.FlowName,
                Category = ErrorCategory.InvalidResponse,
            };
            BrokerLog.TokenMintFailed(_logger, AccountKey, _provider.FlowName, refused.Message);
            throw refused;
        }

        if (!_provider.CanRenew && token.IsExpired(_timeProvider.GetUtcNow()))
        {
            throw CannotRenew($"expired at {token.ExpiresAt:yyyy-MM-dd HH:mm:ss zzz}");
        }

        lock (_gate)
        {
            _current = token;
            if (token.IsExpired(_timeProvider.GetUtcNow(), _options.RenewBeforeExpiry))
            {
                _bornInsideMargin = token;
            }

            if (replacement)
            {
                _replacement = token;
                _replacementMintedAt = _timeProvider.GetUtcNow();
            }
        }

        if (_provider.CanRenew)
        {
            await _store.SetAsync(AccountKey, token, CancellationToken.None).ConfigureAwait(false);
        }

        BrokerLog.TokenMinted(_logger, AccountKey, _provider.FlowName, token.ExpiresAt);
        return token;
    }

    private string Redact(string message) => _secrets?.Redact(message) ?? SecretRedactor.Redact(message);

    private async Task RestoreFromStoreAsync(CancellationToken cancellationToken)
    {
        if (!_provider.CanRenew)
        {
            _storeChecked = true;
            return;
        }

        var stored = await _store.GetAsync(AccountKey, cancellationToken).ConfigureAwait(false);
        _storeChecked = true;
        if (stored is not null && !stored.IsExpired(_timeProvider.GetUtcNow()))
        {
            _secrets?.Add(stored.Value);
            lock (_gate)
            {
                _current ??= stored;
            }

            BrokerLog.TokenRestored(_logger, AccountKey, stored.ExpiresAt);
        }
    }

    private BrokerAuthenticationException CannotRenew(string what) =>
        new($"The access token {what}; the {_provider.FlowName} flow cannot renew it automatically. {_provider.RenewalHint}")
        {
            Flow = _provider.FlowName,
            RequiresHumanAction = true,
            StatusCode = 401,
        };
}

/// <summary>What <see cref="TokenManager.RenewAfterRejectionAsync"/> decided.</summary>
/// <param name="Token">The token to resend with, or <see langword="null"/> when none is minted.</param>
/// <param name="Refusal">Why no token is minted, for the exception.</param>
/// <param name="RequiresHumanAction">A person must act (a pasted token).</param>
internal sealed record TokenRenewal(AccessToken? Token, string? Refusal, bool RequiresHumanAction);
