using System.Globalization;
using Broker.Errors;
using Broker.RateLimiting;
using StackExchange.Redis;

namespace Broker.Redis;

/// <summary>
/// The account's rate-limit windows in Redis: one sliding log per category (a sorted set of permits by the Redis time
/// they were logged) plus the permits in flight, decided by one Lua script per permit for all windows at once.
/// </summary>
internal sealed class RedisRateLimitStore : IRateLimitStore, IDisposable
{
    private readonly RedisAccountConnection _connection;

    // Permit names must be unique across every process and every store in a process: a repeated name would replace
    // an earlier permit in the log instead of adding one.
    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly Lock _gate = new();
    private long _sequence;
    private BrokerRateLimiter? _fallback;
    private bool _lost;

    public RedisRateLimitStore(RedisAccountConnection connection)
    {
        _connection = connection;
    }

    public async ValueTask<RateLimitStoreGrant> TryAcquireAsync(RateLimitCategory category, RateLimiterOptions options, bool lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var windows = options.Categories[category.Name];
        var keys = _connection.Keys;
        var margin = Math.Max(0, options.WindowSafetyMargin.Ticks);
        var lengths = windows.Select(w => Milliseconds(w.Window.Ticks + margin)).ToArray();
        var longest = lengths.Max();
        var settings = _connection.Options;
        var member = $"{_instance}:{Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture)}";
        var arguments = new RedisValue[8 + (2 * windows.Count)];
        arguments[0] = lease ? 1 : 0;
        arguments[1] = member;
        arguments[2] = Milliseconds(settings.LeaseExpiry.Ticks);
        arguments[3] = Milliseconds(settings.InFlightPollInterval.Ticks);
        arguments[4] = Milliseconds(options.ThrottleRecoveryInterval.Ticks);
        arguments[5] = options.ThrottleSlowdownFactor;
        arguments[6] = longest + 1000;
        arguments[7] = windows.Count;
        for (var i = 0; i < windows.Count; i++)
        {
            arguments[8 + (2 * i)] = windows[i].PermitLimit;
            arguments[9 + (2 * i)] = lengths[i];
        }

        RedisResult[] answer;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            answer = (RedisResult[])(await _connection.Database.ScriptEvaluateAsync(
                RedisScripts.Acquire,
                [keys.Log(category.Name), keys.InFlight(category.Name), keys.Control(category.Name)],
                arguments).ConfigureAwait(false))!;
        }
        catch (Exception ex) when (RedisAccountConnection.IsUnavailable(ex))
        {
            return await WhenLostAsync(category, options, lease, ex).ConfigureAwait(false);
        }

        Recovered();
        if ((long)answer[0] == 1)
        {
            return RateLimitStoreGrant.Granted(lease ? new LeaseCompletion(this, category, member, longest + 1000) : null);
        }

        return RateLimitStoreGrant.Refused(TimeSpan.FromMilliseconds((long)answer[1]));
    }

    public async ValueTask PauseAsync(RateLimitCategory category, TimeSpan pause, bool slowDown, RateLimiterOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var shortest = options.Categories.TryGetValue(category.Name, out var windows) && windows.Count > 0
            ? windows.Min(w => Milliseconds(w.Window.Ticks + Math.Max(0, options.WindowSafetyMargin.Ticks)))
            : 1000;
        try
        {
            await _connection.Database.ScriptEvaluateAsync(
                RedisScripts.Pause,
                [_connection.Keys.Control(category.Name)],
                [Math.Max(0, Milliseconds(pause.Ticks)), slowDown ? 1 : 0, shortest, options.ThrottleSlowdownFactor, options.MinimumThrottledShare]).ConfigureAwait(false);
        }
        catch (Exception ex) when (RedisAccountConnection.IsUnavailable(ex))
        {
            // The limiter keeps its own pause; the fallback limiter (if in use) must obey it too.
            if (slowDown)
            {
                FallbackLimiter(options)?.OnServerThrottled(category, pause);
            }

            throw new RedisCoordinationException($"Redis is unreachable; the pause of {category.Name} could not be shared with the account's other processes.", ex);
        }
    }

    public void Dispose() => _fallback?.Dispose();

    private static long Milliseconds(long ticks) => (ticks + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond;

    private async Task CompleteAsync(RateLimitCategory category, string member, long ttl)
    {
        // A completion that does not reach Redis leaves its permit counted as in flight until the lease expires, which
        // costs the whole account capacity: try a few times (a slow moment under load) before giving up.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _connection.Database.ScriptEvaluateAsync(
                    RedisScripts.Complete,
                    [_connection.Keys.Log(category.Name), _connection.Keys.InFlight(category.Name)],
                    [member, ttl]).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (RedisAccountConnection.IsUnavailable(ex) || ex is RedisException)
            {
                if (attempt == 3)
                {
                    // The lease stays in Redis until it expires, and counts as sent until then: safe, if slower.
                    RedisLog.CompletionFailed(_connection.Logger, category.Name, ex.GetType().Name);
                    return;
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), _connection.TimeProvider).ConfigureAwait(false);
        }
    }

    private async ValueTask<RateLimitStoreGrant> WhenLostAsync(RateLimitCategory category, RateLimiterOptions options, bool lease, Exception failure)
    {
        var settings = _connection.Options;
        var first = false;
        lock (_gate)
        {
            first = !_lost;
            _lost = true;
        }

        if (settings.WhenRedisLost == RedisFailureMode.FailClosed)
        {
            if (first)
            {
                RedisLog.LostFailClosed(_connection.Logger, _connection.Account, failure.GetType().Name);
            }

            throw new BrokerRateLimitException(
                $"Redis, which holds the {category.Name} rate limit shared by the account's processes, is unreachable ({failure.GetType().Name}); no permit was taken and nothing was sent (fail-closed). The call may be made again once Redis answers.",
                failure)
            {
                RateLimitCategory = category.Name,
                IsClientSide = true,
                RetryAfter = settings.OperationTimeout,
            };
        }

        var local = FallbackLimiter(options)!;
        if (first)
        {
            RedisLog.LostFallback(_connection.Logger, _connection.Account, failure.GetType().Name, settings.LocalFallbackShare * 100);

            // The permits Redis granted just before it was lost (to every process) are not in the local limiter:
            // hold each category for its shortest window, so they leave it before local permits begin.
            foreach (var (name, windows) in options.Categories)
            {
                if (windows.Count > 0)
                {
                    local.Pause(new RateLimitCategory(name), windows.Min(w => w.Window) + options.WindowSafetyMargin);
                }
            }
        }

        try
        {
            if (lease)
            {
                return RateLimitStoreGrant.Granted(await local.AcquireLeaseAsync(category, CancellationToken.None).ConfigureAwait(false));
            }

            await local.AcquireAsync(category, CancellationToken.None).ConfigureAwait(false);
            return RateLimitStoreGrant.Granted(null);
        }
        catch (BrokerRateLimitException refused)
        {
            return RateLimitStoreGrant.Refused(refused.RetryAfter ?? settings.InFlightPollInterval);
        }
    }

    /// <summary>This process's own limiter for while Redis is lost: the configured share of each limit, refusing rather than queuing.</summary>
    private BrokerRateLimiter? FallbackLimiter(RateLimiterOptions options)
    {
        if (_connection.Options.WhenRedisLost != RedisFailureMode.LocalFallback)
        {
            return null;
        }

        lock (_gate)
        {
            if (_fallback is null)
            {
                var share = _connection.Options.LocalFallbackShare;
                var scaled = new RateLimiterOptions
                {
                    Behavior = RateLimitBehavior.Fail,
                    DefaultServerPause = options.DefaultServerPause,
                    MaxServerPause = options.MaxServerPause,
                    WindowSafetyMargin = options.WindowSafetyMargin,
                    ThrottleSlowdownFactor = options.ThrottleSlowdownFactor,
                    MinimumThrottledShare = options.MinimumThrottledShare,
                    ThrottleRecoveryInterval = options.ThrottleRecoveryInterval,
                };
                foreach (var (name, windows) in options.Categories)
                {
                    scaled.Categories[name] = [.. windows.Select(w => new RateLimitWindow(Math.Max(1, (int)(w.PermitLimit * share)), w.Window))];
                }

                _fallback = new BrokerRateLimiter(scaled, _connection.TimeProvider);
            }

            return _fallback;
        }
    }

    private void Recovered()
    {
        if (!Volatile.Read(ref _lost))
        {
            return;
        }

        lock (_gate)
        {
            if (!_lost)
            {
                return;
            }

            _lost = false;
        }

        RedisLog.Recovered(_connection.Logger, _connection.Account);
    }

    /// <summary>Ends a lease in Redis when the response has arrived (in the background: the caller does not wait for Redis).</summary>
    private sealed class LeaseCompletion(RedisRateLimitStore store, RateLimitCategory category, string member, long ttl) : IDisposable
    {
        public void Dispose() => _ = store.CompleteAsync(category, member, ttl);
    }
}
