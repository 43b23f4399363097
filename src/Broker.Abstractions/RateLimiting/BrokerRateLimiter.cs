using System.Collections.Concurrent;
using System.Diagnostics;
using Broker.Diagnostics;
using Broker.Errors;
using Broker.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Broker.RateLimiting;

/// <summary>
/// One account's client-side rate limiter, shared by every client of that account in the process. Each category
/// may have several windows (Dhan orders: 10/s, 250/min, 1000/h, 7000/day) and every window holds at once: for each
/// window of N per W, no interval of length W ever contains more than N permits (a sliding log, not a token bucket,
/// which would let 2N through in one W). Waiters are served first come, first served.
/// </summary>
/// <remarks>
/// A cancelled or timed-out wait consumes no permit. A broker 429 pauses the whole category (see <see cref="Pause"/>).
/// Register one instance per account as a singleton.
/// </remarks>
public sealed class BrokerRateLimiter : IDisposable
{
    private readonly RateLimiterOptions _options;
    private readonly TimeProvider _timeProvider;

    /// <summary>The limiter's clock, for measuring how long a request waited for its permit.</summary>
    internal TimeProvider TimeProvider => _timeProvider;
    private readonly ILogger _logger;
    private readonly long _origin;
    private readonly ConcurrentDictionary<string, CategoryState> _categories = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _sharedQueues = new(StringComparer.OrdinalIgnoreCase);
    private bool _disposed;

    /// <summary>Creates a limiter.</summary>
    /// <param name="options">The limits and behaviour.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="logger">The logger.</param>
    public BrokerRateLimiter(RateLimiterOptions options, TimeProvider? timeProvider = null, ILogger<BrokerRateLimiter>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (name, windows) in options.Categories)
        {
            foreach (var window in windows)
            {
                if (window.PermitLimit <= 0 || window.Window <= TimeSpan.Zero)
                {
                    throw new ArgumentException($"The rate limit of category '{name}' must be a positive count per positive time; '{window}' is not.", nameof(options));
                }
            }
        }

        _options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _origin = _timeProvider.GetTimestamp();
    }

    /// <summary>The options in force.</summary>
    public RateLimiterOptions Options => _options;

    /// <summary>
    /// Where the windows are kept when several processes share the account's limits (the Broker.Redis package sets
    /// one); <see langword="null"/> (the default) keeps them in this limiter's memory. With a store, each category
    /// with windows is decided by the store for every process at once, this limiter only queuing its own callers
    /// (first come, first served, one request to the store at a time); a broker throttle pauses the category in the
    /// store, so every process obeys it. <see cref="GetTimeUntilPermit"/>, <see cref="GetQueueLength"/> and
    /// <see cref="GetCurrentShare"/> then describe this process only.
    /// </summary>
    public IRateLimitStore? SharedStore { get; init; }

    /// <summary>The instruments measurements go to.</summary>
    internal BrokerMetrics Metrics { get; init; } = BrokerMetrics.Shared;

    /// <summary>The broker whose account this limiter serves, for the <c>broker.name</c> tag; none when unset.</summary>
    internal string? BrokerName { get; init; }

    /// <summary>
    /// Waits until a request of <paramref name="category"/> may be sent and takes the permit. In
    /// <see cref="RateLimitBehavior.Fail"/> mode, throws instead of waiting.
    /// </summary>
    /// <param name="category">The request's category.</param>
    /// <param name="cancellationToken">Cancels the wait; a cancelled wait takes no permit.</param>
    /// <returns>A task that completes when the permit is taken.</returns>
    /// <exception cref="BrokerRateLimitException">Fail mode and no permit is free, or the maximum wait was exceeded.</exception>
    /// <exception cref="OperationCanceledException">The wait was cancelled.</exception>
    public ValueTask AcquireAsync(RateLimitCategory category, CancellationToken cancellationToken = default)
    {
        if (UsesSharedStore(category))
        {
            return AcquireSharedWithoutLeaseAsync(category, cancellationToken);
        }

        var waiting = AcquireCore(category, lease: false, cancellationToken, out _);
        return waiting is null ? ValueTask.CompletedTask : new ValueTask(waiting);
    }

    /// <summary>
    /// Waits until a request of <paramref name="category"/> may be sent and takes the permit as a lease: the permit
    /// counts against every window from now until one window after the lease is disposed. Use it around a send, so
    /// that however long the request takes to reach the broker, its arrival falls inside the time the client
    /// charged for it (a slow first connection can otherwise land two windows' permits inside one server window).
    /// </summary>
    /// <param name="category">The request's category.</param>
    /// <param name="cancellationToken">Cancels the wait; a cancelled wait takes no permit.</param>
    /// <returns>The lease; dispose it when the response (or the failure) has arrived.</returns>
    /// <exception cref="BrokerRateLimitException">Fail mode and no permit is free, or the maximum wait was exceeded.</exception>
    /// <exception cref="OperationCanceledException">The wait was cancelled.</exception>
    public async ValueTask<RateLimitPermit> AcquireLeaseAsync(RateLimitCategory category, CancellationToken cancellationToken = default)
    {
        if (UsesSharedStore(category))
        {
            return await AcquireSharedAsync(category, lease: true, cancellationToken).ConfigureAwait(false);
        }

        var waiting = AcquireCore(category, lease: true, cancellationToken, out var state);
        if (waiting is not null)
        {
            await waiting.ConfigureAwait(false);
        }

        return state is null ? RateLimitPermit.None : new RateLimitPermit(this, state);
    }

    /// <summary>Ends a lease: the permit is logged now and counts against each window for one window more.</summary>
    internal void Complete(object state)
    {
        var category = (CategoryState)state;
        lock (category)
        {
            category.InFlight--;
            var now = Now();
            category.Record(now);
            if (!_disposed && category.Queue.Count > 0)
            {
                DrainLocked(category, now);
            }
        }
    }

    /// <summary>Takes a permit now or queues a waiter; returns the waiter's task, or null when the permit was granted at once.</summary>
    private Task? AcquireCore(RateLimitCategory category, bool lease, CancellationToken cancellationToken, out CategoryState? granted)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        granted = null;
        if (category.IsUnlimited)
        {
            return null;
        }

        var state = GetState(category);
        if (state is null)
        {
            return null;
        }

        granted = state;
        Waiter waiter;
        lock (state)
        {
            var now = Now();
            state.Recover(now, _options);
            if (state.Queue.Count == 0)
            {
                var nextFree = state.NextFree(now);
                if (nextFree <= now)
                {
                    state.Grant(now, lease);
                    RecordWait(category, 0);
                    return null;
                }

                if (_options.Behavior == RateLimitBehavior.Fail)
                {
                    throw Refused(category, UntilFree(state, nextFree, now));
                }
            }
            else if (_options.Behavior == RateLimitBehavior.Fail)
            {
                throw Refused(category, UntilFree(state, state.NextFree(now), now));
            }

            waiter = new Waiter(state, now, this, category, lease);
            waiter.Node = state.Queue.AddLast(waiter);
            if (state.Queue.Count == 1)
            {
                Schedule(state, now);
            }
        }

        if (_options.MaxWait is { } maxWait)
        {
            waiter.MaxWaitTimer = _timeProvider.CreateTimer(
                static w => ((Waiter)w!).Abandon(static (w2, _) => w2.Limiter.MaxWaitExceeded(w2), 0),
                waiter,
                maxWait,
                Timeout.InfiniteTimeSpan);
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Registration = cancellationToken.Register(
                static (w, token) => ((Waiter)w!).Abandon(static (_, t) => new OperationCanceledException(t), token),
                waiter);
        }

        if (waiter.Completion.Task.IsCompleted)
        {
            waiter.Release();
        }

        // The permit is granted by the timer callback, which completes this task at the moment of the grant.
        return waiter.Completion.Task;
    }

    /// <summary>
    /// Pauses a category: no request of it is granted until <paramref name="duration"/> has passed. A negative or zero
    /// duration does nothing; a duration above <see cref="RateLimiterOptions.MaxServerPause"/> is clamped to it, so no
    /// value (a Retry-After of 10^9 seconds, a date in 2099) can stop a category for longer.
    /// </summary>
    /// <param name="category">The category.</param>
    /// <param name="duration">How long to pause.</param>
    public void Pause(RateLimitCategory category, TimeSpan duration)
    {
        if (PauseLocally(category, duration) is { } clamped)
        {
            ForwardPause(category, clamped, slowDown: false);
        }
    }

    /// <summary>Pauses the category in this process; returns the clamped duration, or null when nothing was paused.</summary>
    private TimeSpan? PauseLocally(RateLimitCategory category, TimeSpan duration)
    {
        if (category.IsUnlimited || duration <= TimeSpan.Zero)
        {
            return null;
        }

        var state = _categories.GetOrAdd(category.Name, name => CreateState(name, forcePausable: true))!;
        var clamped = duration > _options.MaxServerPause ? _options.MaxServerPause : duration;
        lock (state)
        {
            var now = Now();
            state.IsActive = true;
            state.PausedUntil = Math.Max(state.PausedUntil, now + clamped.Ticks);
            if (state.Queue.Count > 0)
            {
                Schedule(state, now);
            }
        }

        return clamped;
    }

    /// <summary>
    /// Records that the broker throttled a request of <paramref name="category"/> (HTTP 429 or a rate-limit code):
    /// pauses the category (see <see cref="Pause"/>) and slows it down, so that a configured limit above the broker's
    /// real one converges instead of failing a share of the requests for ever. Each throttle (at most one per shortest
    /// window) lowers the category's limits to <see cref="RateLimiterOptions.ThrottleSlowdownFactor"/> of their current
    /// value (never below <see cref="RateLimiterOptions.MinimumThrottledShare"/> of the configured limit); every
    /// <see cref="RateLimiterOptions.ThrottleRecoveryInterval"/> without a throttle raises them one step back.
    /// </summary>
    /// <param name="category">The category.</param>
    /// <param name="pause">How long to pause (the broker's Retry-After or the configured default).</param>
    public void OnServerThrottled(RateLimitCategory category, TimeSpan pause)
    {
        var clamped = PauseLocally(category, pause);
        if (!category.IsUnlimited)
        {
            ForwardPause(category, clamped ?? TimeSpan.Zero, slowDown: true);
        }

        if (category.IsUnlimited || !_categories.TryGetValue(category.Name, out var state))
        {
            return;
        }

        lock (state)
        {
            var now = Now();
            if (state.SlowDown(now, _options) is { } share)
            {
                BrokerLog.RateLimitSlowedDown(_logger, category.Name, share * 100);
            }
        }
    }

    /// <summary>
    /// The share of its configured limits a category runs at now: 1 normally, less after the broker throttled it
    /// (see <see cref="OnServerThrottled"/>).
    /// </summary>
    /// <param name="category">The category.</param>
    /// <returns>A value in (0, 1].</returns>
    public double GetCurrentShare(RateLimitCategory category)
    {
        if (category.IsUnlimited || !_categories.TryGetValue(category.Name, out var state))
        {
            return 1;
        }

        lock (state)
        {
            state.Recover(Now(), _options);
            return state.Share;
        }
    }

    /// <summary>How long until a request of <paramref name="category"/> could be granted, ignoring queued waiters.</summary>
    /// <param name="category">The category.</param>
    /// <returns>Zero when a permit is free now.</returns>
    public TimeSpan GetTimeUntilPermit(RateLimitCategory category)
    {
        var state = category.IsUnlimited ? null : GetState(category);
        if (state is null)
        {
            return TimeSpan.Zero;
        }

        lock (state)
        {
            var now = Now();
            return UntilFree(state, state.NextFree(now), now);
        }
    }

    /// <summary>How many requests of <paramref name="category"/> are waiting for a permit now.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The queue length.</returns>
    public int GetQueueLength(RateLimitCategory category)
    {
        var state = category.IsUnlimited ? null : GetState(category);
        if (state is null)
        {
            return 0;
        }

        lock (state)
        {
            return state.Queue.Count;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var state in _categories.Values)
        {
            lock (state)
            {
                state.Timer?.Dispose();
                foreach (var waiter in state.Queue)
                {
                    waiter.Release();
                    waiter.Completion.TrySetException(new ObjectDisposedException(nameof(BrokerRateLimiter)));
                }

                state.Queue.Clear();
            }
        }
    }

    private bool UsesSharedStore(RateLimitCategory category) =>
        SharedStore is not null && !category.IsUnlimited && _options.Enabled
        && _options.Categories.TryGetValue(category.Name, out var windows) && windows.Count > 0;

    private async ValueTask AcquireSharedWithoutLeaseAsync(RateLimitCategory category, CancellationToken cancellationToken) =>
        (await AcquireSharedAsync(category, lease: false, cancellationToken).ConfigureAwait(false)).Dispose();

    /// <summary>
    /// Takes a permit from the shared store: this process's callers queue for the category (one request to the store at
    /// a time, first come first served), and the caller at the head asks the store until it grants, sleeping between
    /// asks for as long as the store says a permit needs to free.
    /// </summary>
    private async ValueTask<RateLimitPermit> AcquireSharedAsync(RateLimitCategory category, bool lease, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        var store = SharedStore!;
        var queue = _sharedQueues.GetOrAdd(category.Name, static _ => new SemaphoreSlim(1, 1));
        using var maxWait = _options.MaxWait is { } limit ? new CancellationTokenSource(limit, _timeProvider) : null;
        using var linked = maxWait is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, maxWait.Token);
        var token = linked?.Token ?? cancellationToken;
        var started = _timeProvider.GetTimestamp();
        try
        {
            await queue.WaitAsync(token).ConfigureAwait(false);
            try
            {
                while (true)
                {
                    ObjectDisposedException.ThrowIf(_disposed, this);
                    var pausedFor = LocalPauseRemaining(category);
                    RateLimitStoreGrant grant;
                    if (pausedFor > TimeSpan.Zero)
                    {
                        grant = RateLimitStoreGrant.Refused(pausedFor);
                    }
                    else
                    {
                        try
                        {
                            grant = await store.TryAcquireAsync(category, _options, lease, token).ConfigureAwait(false);
                        }
                        catch (Exception ex) when (ex is not BrokerException and not OperationCanceledException and not ObjectDisposedException)
                        {
                            // Whatever the store's failure, nothing is sent without its permit.
                            RecordRejection(category, "store_unavailable");
                            throw new BrokerRateLimitException($"The shared rate-limit store failed ({ex.GetType().Name}); no {category.Name} permit was taken and nothing was sent.", ex)
                            {
                                RateLimitCategory = category.Name,
                                IsClientSide = true,
                            };
                        }
                    }

                    if (grant.IsGranted)
                    {
                        var waited = _timeProvider.GetElapsedTime(started);
                        RecordWait(category, waited.TotalSeconds);
                        if (waited >= _options.WaitLogThreshold)
                        {
                            BrokerLog.RateLimitWaited(_logger, category.Name, waited.TotalMilliseconds);
                        }

                        return new RateLimitPermit(grant.Completion);
                    }

                    if (_options.Behavior == RateLimitBehavior.Fail)
                    {
                        throw Refused(category, grant.RetryAfter);
                    }

                    // The store said when the oldest blocking permit leaves its window; ask again then (at least 1 ms
                    // later, so a store that answers zero cannot make this spin).
                    var due = grant.RetryAfter < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : grant.RetryAfter;
                    await Task.Delay(due, _timeProvider, token).ConfigureAwait(false);
                }
            }
            finally
            {
                queue.Release();
            }
        }
        catch (OperationCanceledException) when (maxWait is { IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested)
        {
            RecordRejection(category, "max_wait");
            throw new BrokerRateLimitException(
                $"No {category.Name} rate-limit permit became free within the maximum wait of {_options.MaxWait}.")
            {
                RateLimitCategory = category.Name,
                IsClientSide = true,
            };
        }
    }

    /// <summary>How much longer this process's own record of a broker pause holds the category (zero when none).</summary>
    private TimeSpan LocalPauseRemaining(RateLimitCategory category)
    {
        if (!_categories.TryGetValue(category.Name, out var state))
        {
            return TimeSpan.Zero;
        }

        lock (state)
        {
            var remaining = state.PausedUntil - Now();
            return remaining > 0 ? TimeSpan.FromTicks(remaining) : TimeSpan.Zero;
        }
    }

    /// <summary>Tells the shared store about a pause (and a slow-down) so every process obeys it; a failure is logged, the local pause stands.</summary>
    private void ForwardPause(RateLimitCategory category, TimeSpan pause, bool slowDown)
    {
        if (SharedStore is not { } store || !UsesSharedStore(category))
        {
            return;
        }

        _ = ForwardPauseAsync(store, category, pause, slowDown);
    }

    private async Task ForwardPauseAsync(IRateLimitStore store, RateLimitCategory category, TimeSpan pause, bool slowDown)
    {
        try
        {
            await store.PauseAsync(category, pause, slowDown, _options, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            BrokerLog.SharedPauseFailed(_logger, category.Name, ex.GetType().Name);
        }
    }

    private BrokerRateLimitException MaxWaitExceeded(Waiter waiter)
    {
        RecordRejection(waiter.Category, "max_wait");
        var retryAfter = GetTimeUntilPermit(waiter.Category);
        return new BrokerRateLimitException(
            $"No {waiter.Category.Name} rate-limit permit became free within the maximum wait of {_options.MaxWait}.")
        {
            RetryAfter = retryAfter,
            RateLimitCategory = waiter.Category.Name,
            IsClientSide = true,
        };
    }

    private BrokerRateLimitException Refused(RateLimitCategory category, TimeSpan retryAfter)
    {
        BrokerLog.RateLimitRefused(_logger, category.Name, retryAfter.TotalMilliseconds);
        RecordRejection(category, "exhausted");
        return new BrokerRateLimitException(
            $"The {category.Name} rate limit is exhausted; the next permit frees in {retryAfter.TotalMilliseconds:0} ms. Nothing was sent.")
        {
            RetryAfter = retryAfter,
            RateLimitCategory = category.Name,
            IsClientSide = true,
        };
    }

    private CategoryState? GetState(RateLimitCategory category)
    {
        if (_categories.TryGetValue(category.Name, out var existing))
        {
            return existing.IsActive ? existing : null;
        }

        var created = _categories.GetOrAdd(category.Name, name => CreateState(name, forcePausable: false));
        return created.IsActive ? created : null;
    }

    private CategoryState CreateState(string name, bool forcePausable)
    {
        var logs = new List<SlidingLog>();
        if (_options.Enabled && _options.Categories.TryGetValue(name, out var windows))
        {
            var margin = Math.Max(0, _options.WindowSafetyMargin.Ticks);
            foreach (var window in windows)
            {
                // Saturating: a window near TimeSpan.MaxValue must not wrap round to a negative length.
                var ticks = window.Window.Ticks > long.MaxValue / 4 - margin ? long.MaxValue / 4 : window.Window.Ticks + margin;
                logs.Add(new SlidingLog(window.PermitLimit, ticks));
            }
        }

        // A category without limits still honours server pauses once one has happened.
        return new CategoryState(logs, isActive: logs.Count > 0 || forcePausable);
    }

    /// <summary>
    /// The wait until <paramref name="nextFree"/>; when only an in-flight request's completion can free a permit, the
    /// longest it can take after that completion (the shortest window), as the best available hint.
    /// </summary>
    private static TimeSpan UntilFree(CategoryState state, long nextFree, long now) =>
        nextFree == long.MaxValue ? TimeSpan.FromTicks(state.ShortestWindow) : TimeSpan.FromTicks(Math.Max(0, nextFree - now));

    private void Schedule(CategoryState state, long now)
    {
        var nextFree = state.NextFree(now);
        state.Timer ??= _timeProvider.CreateTimer(static s => ((CategoryState)s!).Limiter!.Drain((CategoryState)s!), state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        state.Limiter = this;

        // When only in-flight requests block the category, their completion drains the queue; no timer is needed.
        var due = nextFree == long.MaxValue ? Timeout.InfiniteTimeSpan : TimeSpan.FromTicks(Math.Max(0, nextFree - now));
        state.Timer.Change(due, Timeout.InfiniteTimeSpan);
    }

    private void Drain(CategoryState state)
    {
        lock (state)
        {
            if (_disposed)
            {
                return;
            }

            DrainLocked(state, Now());
        }
    }

    private void DrainLocked(CategoryState state, long now)
    {
        state.Recover(now, _options);
        while (state.Queue.First is { } node)
        {
            if (state.NextFree(now) > now)
            {
                Schedule(state, now);
                return;
            }

            var waiter = node.Value;
            state.Grant(now, waiter.IsLease);
            state.Queue.RemoveFirst();
            waiter.Node = null;
            waiter.Release();
            waiter.Completion.TrySetResult();
            var waited = TimeSpan.FromTicks(now - waiter.EnqueuedAt);
            RecordWait(waiter.Category, waited.TotalSeconds);
            if (waited >= _options.WaitLogThreshold)
            {
                BrokerLog.RateLimitWaited(_logger, waiter.Category.Name, waited.TotalMilliseconds);
            }
        }
    }

    private void RecordWait(RateLimitCategory category, double seconds)
    {
        if (Metrics.RateLimitWait.Enabled)
        {
            Metrics.RateLimitWait.Record(seconds, Tags(category));
        }
    }

    private void RecordRejection(RateLimitCategory category, string reason)
    {
        if (Metrics.RateLimitRejections.Enabled)
        {
            var tags = Tags(category);
            tags.Add(BrokerTags.RateLimitReason, reason);
            Metrics.RateLimitRejections.Add(1, tags);
        }
    }

    private TagList Tags(RateLimitCategory category)
    {
        var tags = new TagList { { BrokerTags.RateLimitCategory, category.Name } };
        if (BrokerName is not null)
        {
            tags.Add(BrokerTags.BrokerName, BrokerName);
        }

        return tags;
    }

    private long Now() => _timeProvider.GetElapsedTime(_origin).Ticks;

    private sealed class CategoryState
    {
        private readonly List<SlidingLog> _logs;

        public CategoryState(List<SlidingLog> logs, bool isActive)
        {
            _logs = logs;
            IsActive = isActive;
            ShortestWindow = logs.Count == 0 ? TimeSpan.TicksPerSecond : logs.Min(l => l.WindowTicks);
        }

        public bool IsActive { get; set; }

        public LinkedList<Waiter> Queue { get; } = new();

        public long PausedUntil { get; set; } = long.MinValue;

        public ITimer? Timer { get; set; }

        public BrokerRateLimiter? Limiter { get; set; }

        /// <summary>Permits granted as leases and not yet completed.</summary>
        public int InFlight { get; set; }

        /// <summary>The shortest window's length in ticks (one second when the category has none).</summary>
        public long ShortestWindow { get; }

        /// <summary>The share of the configured limits in force (1 unless the broker throttled the category).</summary>
        public double Share { get; private set; } = 1;

        private long LastSlowDown { get; set; } = long.MinValue / 2;

        private long LastShareChange { get; set; }

        public long NextFree(long now)
        {
            var next = Math.Max(now, PausedUntil);
            foreach (var log in _logs)
            {
                next = Math.Max(next, log.NextFree(now, InFlight, Share));
            }

            return next;
        }

        /// <summary>Lowers the share after a throttle, at most once per shortest window; returns the new share, or null when unchanged.</summary>
        public double? SlowDown(long now, RateLimiterOptions options)
        {
            if (_logs.Count == 0 || now - LastSlowDown < ShortestWindow)
            {
                return null;
            }

            LastSlowDown = now;
            LastShareChange = now;
            Share = Math.Max(options.MinimumThrottledShare, Share * options.ThrottleSlowdownFactor);
            return Share;
        }

        /// <summary>Raises the share one step per recovery interval without a throttle.</summary>
        public void Recover(long now, RateLimiterOptions options)
        {
            if (Share >= 1)
            {
                return;
            }

            var interval = options.ThrottleRecoveryInterval.Ticks;
            while (Share < 1 && now - LastShareChange >= interval && now - LastSlowDown >= interval)
            {
                LastShareChange += interval;
                Share = Math.Min(1, Share / options.ThrottleSlowdownFactor);
            }
        }

        public void Grant(long now, bool lease)
        {
            if (lease)
            {
                InFlight++;
            }
            else
            {
                Record(now);
            }
        }

        public void Record(long now)
        {
            foreach (var log in _logs)
            {
                log.Record(now);
            }
        }
    }

    private sealed class Waiter
    {
        public Waiter(CategoryState state, long enqueuedAt, BrokerRateLimiter limiter, RateLimitCategory category, bool isLease)
        {
            State = state;
            EnqueuedAt = enqueuedAt;
            Limiter = limiter;
            Category = category;
            IsLease = isLease;
        }

        public bool IsLease { get; }

        public CategoryState State { get; }

        public long EnqueuedAt { get; }

        public LinkedListNode<Waiter>? Node { get; set; }

        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationTokenRegistration Registration { get; set; }

        public ITimer? MaxWaitTimer { get; set; }

        /// <summary>Stops listening for cancellation and the maximum wait; safe to call more than once.</summary>
        public void Release()
        {
            Registration.Unregister();
            MaxWaitTimer?.Dispose();
        }

        public BrokerRateLimiter Limiter { get; }

        public RateLimitCategory Category { get; }

        /// <summary>Leaves the queue without a permit, if the permit has not been granted already.</summary>
        public void Abandon<TArg>(Func<Waiter, TArg, Exception> error, TArg arg)
        {
            lock (State)
            {
                if (Node is null)
                {
                    return;
                }

                var wasFirst = State.Queue.First == Node;
                State.Queue.Remove(Node);
                Node = null;
                Release();
                if (wasFirst && State.Queue.Count > 0)
                {
                    Limiter.Schedule(State, Limiter.Now());
                }
            }

            // Built outside the lock: building the error may read the limiter's state.
            var failure = error(this, arg);
            if (failure is OperationCanceledException canceled)
            {
                Completion.TrySetCanceled(canceled.CancellationToken);
            }
            else
            {
                Completion.TrySetException(failure);
            }
        }
    }
}
