using Broker.Errors;
using Broker.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace Broker.Abstractions.Tests.RateLimiting;

/// <summary>The limiter with an <see cref="IRateLimitStore"/> (the windows kept elsewhere, shared with other processes).</summary>
public class SharedRateLimitStoreTests
{
    private static readonly RateLimitCategory Orders = new("Orders");
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task The_limiter_asks_the_store_again_exactly_when_the_store_says_a_permit_frees()
    {
        var store = new ScriptedStore(RateLimitStoreGrant.Refused(TimeSpan.FromMilliseconds(300)));
        using var limiter = Create(store);

        var acquiring = limiter.AcquireAsync(Orders).AsTask();
        _clock.Advance(TimeSpan.FromMilliseconds(299));
        Assert.False(acquiring.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await acquiring;

        Assert.Equal(2, store.Calls);
    }

    [Fact]
    public async Task Callers_of_one_process_are_served_by_the_store_in_the_order_they_arrived()
    {
        var store = new ScriptedStore(RateLimitStoreGrant.Refused(TimeSpan.FromMilliseconds(100)));
        using var limiter = Create(store);

        // Each caller's number flows into the store call made for it, which records the order of the grants.
        var callers = Enumerable.Range(0, 3).Select(i =>
        {
            ScriptedStore.Caller.Value = i;
            return limiter.AcquireAsync(Orders).AsTask();
        }).ToList();
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        await Task.WhenAll(callers);

        Assert.Equal([0, 1, 2], store.GrantedTo);
    }

    [Fact]
    public async Task In_fail_mode_a_refusal_of_the_store_is_a_client_side_rate_limit_exception_with_its_wait()
    {
        var store = new ScriptedStore(RateLimitStoreGrant.Refused(TimeSpan.FromSeconds(2)));
        using var limiter = Create(store, o => o.Behavior = RateLimitBehavior.Fail);

        var refused = await Assert.ThrowsAsync<BrokerRateLimitException>(() => limiter.AcquireAsync(Orders).AsTask());

        Assert.True(refused.IsClientSide);
        Assert.Equal(TimeSpan.FromSeconds(2), refused.RetryAfter);
    }

    [Fact]
    public async Task The_maximum_wait_ends_a_wait_on_the_store_with_a_rate_limit_exception()
    {
        var store = new ScriptedStore(Enumerable.Repeat(RateLimitStoreGrant.Refused(TimeSpan.FromSeconds(1)), 10).ToArray());
        using var limiter = Create(store, o => o.MaxWait = TimeSpan.FromMilliseconds(500));

        var acquiring = limiter.AcquireAsync(Orders).AsTask();
        _clock.Advance(TimeSpan.FromMilliseconds(500));

        var refused = await Assert.ThrowsAsync<BrokerRateLimitException>(() => acquiring);
        Assert.Contains("maximum wait", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lease_from_the_store_ends_when_its_permit_is_disposed()
    {
        var completion = new CountingDisposable();
        var store = new ScriptedStore(RateLimitStoreGrant.Granted(completion));
        using var limiter = Create(store);

        var permit = await limiter.AcquireLeaseAsync(Orders);
        Assert.Equal(0, completion.Disposals);
        permit.Dispose();
        permit.Dispose();

        Assert.Equal(1, completion.Disposals);
        Assert.True(store.LastWasLease);
    }

    [Fact]
    public void A_broker_throttle_is_passed_to_the_store_clamped_to_the_longest_pause()
    {
        var store = new ScriptedStore();
        using var limiter = Create(store);

        limiter.OnServerThrottled(Orders, TimeSpan.FromHours(5));

        Assert.Equal((TimeSpan.FromMinutes(1), true), store.Pauses.Single());
    }

    [Fact]
    public async Task A_store_failure_that_is_not_a_broker_exception_becomes_a_client_side_refusal()
    {
        var store = new ScriptedStore { FailWith = new InvalidOperationException("connection gone") };
        using var limiter = Create(store);

        var refused = await Assert.ThrowsAsync<BrokerRateLimitException>(() => limiter.AcquireAsync(Orders).AsTask());

        Assert.True(refused.IsClientSide);
        Assert.Contains("nothing was sent", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_category_without_windows_never_asks_the_store()
    {
        var store = new ScriptedStore();
        using var limiter = Create(store);

        await limiter.AcquireAsync(new RateLimitCategory("Unlisted"));

        Assert.Equal(0, store.Calls);
    }

    private BrokerRateLimiter Create(IRateLimitStore store, Action<RateLimiterOptions>? configure = null)
    {
        var options = new RateLimiterOptions().SetCategory(Orders, new RateLimitWindow(10, TimeSpan.FromSeconds(1)));
        configure?.Invoke(options);
        return new BrokerRateLimiter(options, _clock) { SharedStore = store };
    }

    /// <summary>Answers with the scripted grants in order, then grants everything.</summary>
    private sealed class ScriptedStore(params RateLimitStoreGrant[] script) : IRateLimitStore
    {
        private readonly Queue<RateLimitStoreGrant> _script = new(script);

        public static AsyncLocal<int> Caller { get; } = new();

        public List<int> GrantedTo { get; } = [];
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public bool LastWasLease { get; private set; }

        public Exception? FailWith { get; init; }

        public List<(TimeSpan Pause, bool SlowDown)> Pauses { get; } = [];

        public ValueTask<RateLimitStoreGrant> TryAcquireAsync(RateLimitCategory category, RateLimiterOptions options, bool lease, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            LastWasLease = lease;
            if (FailWith is { } failure)
            {
                throw failure;
            }

            lock (_script)
            {
                var answer = _script.TryDequeue(out var next) ? next : RateLimitStoreGrant.Granted(null);
                if (answer.IsGranted)
                {
                    GrantedTo.Add(Caller.Value);
                }

                return ValueTask.FromResult(answer);
            }
        }

        public ValueTask PauseAsync(RateLimitCategory category, TimeSpan pause, bool slowDown, RateLimiterOptions options, CancellationToken cancellationToken)
        {
            Pauses.Add((pause, slowDown));
            return ValueTask.CompletedTask;
        }
    }

    private sealed class CountingDisposable : IDisposable
    {
        public int Disposals { get; private set; }

        public void Dispose() => Disposals++;
    }
}
