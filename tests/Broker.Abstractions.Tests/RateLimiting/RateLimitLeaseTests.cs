using Broker.Errors;
using Broker.RateLimiting;
using Broker.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Broker.Abstractions.Tests.RateLimiting;

/// <summary>
/// A leased permit counts from its grant until one window after its request completed, so a request that took long
/// to reach the broker can never share a server window with the next window's permits.
/// </summary>
public class RateLimitLeaseTests
{
    private static readonly RateLimitCategory Orders = new("Orders");
    private readonly FakeTimeProvider _clock = new();

    private BrokerRateLimiter CreateLimiter(int limit, TimeSpan window, Action<RateLimiterOptions>? configure = null)
    {
        var options = new RateLimiterOptions { WindowSafetyMargin = TimeSpan.Zero };
        options.SetCategory(Orders, new RateLimitWindow(limit, window));
        configure?.Invoke(options);
        return new BrokerRateLimiter(options, _clock);
    }

    [Fact]
    public async Task A_window_counts_from_when_the_leased_request_completed_not_from_when_it_was_granted()
    {
        using var limiter = CreateLimiter(1, TimeSpan.FromSeconds(1));
        var permit = await limiter.AcquireLeaseAsync(Orders);
        _clock.Advance(TimeSpan.FromMilliseconds(400));
        permit.Dispose();

        var next = limiter.AcquireLeaseAsync(Orders).AsTask();
        _clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(next.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        (await next).Dispose();
    }

    [Fact]
    public async Task A_request_still_in_flight_holds_its_permit_however_long_it_takes()
    {
        using var limiter = CreateLimiter(1, TimeSpan.FromSeconds(1));
        using var slow = await limiter.AcquireLeaseAsync(Orders);

        var next = limiter.AcquireLeaseAsync(Orders).AsTask();
        _clock.Advance(TimeSpan.FromSeconds(30));

        Assert.False(next.IsCompleted);
        Assert.Equal(1, limiter.GetQueueLength(Orders));
    }

    [Fact]
    public async Task A_waiter_blocked_only_by_in_flight_requests_is_granted_one_window_after_the_completion()
    {
        using var limiter = CreateLimiter(2, TimeSpan.FromSeconds(1));
        var first = await limiter.AcquireLeaseAsync(Orders);
        var second = await limiter.AcquireLeaseAsync(Orders);
        var third = limiter.AcquireLeaseAsync(Orders).AsTask();

        _clock.Advance(TimeSpan.FromSeconds(5));
        first.Dispose();
        _clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(third.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        (await third).Dispose();
        second.Dispose();
    }

    [Fact]
    public async Task Disposing_a_permit_twice_logs_it_once()
    {
        using var limiter = CreateLimiter(2, TimeSpan.FromSeconds(1));
        var permit = await limiter.AcquireLeaseAsync(Orders);
        permit.Dispose();
        permit.Dispose();

        var other = await limiter.AcquireLeaseAsync(Orders);

        Assert.Equal(TimeSpan.FromSeconds(1), limiter.GetTimeUntilPermit(Orders));
        other.Dispose();
    }

    [Fact]
    public async Task Fail_mode_refuses_while_in_flight_requests_fill_the_window_and_names_the_category()
    {
        using var limiter = CreateLimiter(1, TimeSpan.FromSeconds(1), o => o.Behavior = RateLimitBehavior.Fail);
        using var inFlight = await limiter.AcquireLeaseAsync(Orders);

        var refused = await Assert.ThrowsAsync<BrokerRateLimitException>(() => limiter.AcquireLeaseAsync(Orders).AsTask());

        Assert.Equal("Orders", refused.RateLimitCategory);
        Assert.True(refused.IsClientSide);
    }

    [Fact]
    public async Task A_cancelled_lease_wait_takes_no_permit()
    {
        using var limiter = CreateLimiter(1, TimeSpan.FromSeconds(1));
        var first = await limiter.AcquireLeaseAsync(Orders);
        using var cts = new CancellationTokenSource();
        var cancelled = limiter.AcquireLeaseAsync(Orders, cts.Token).AsTask();
        var after = limiter.AcquireLeaseAsync(Orders).AsTask();

        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        first.Dispose();
        _clock.Advance(TimeSpan.FromSeconds(1));

        (await after).Dispose();
        Assert.Equal(0, limiter.GetQueueLength(Orders));
    }

    [Fact]
    public async Task A_category_without_limits_grants_leases_at_once()
    {
        using var limiter = CreateLimiter(1, TimeSpan.FromSeconds(1));

        var permits = new List<RateLimitPermit>();
        for (var i = 0; i < 100; i++)
        {
            permits.Add(await limiter.AcquireLeaseAsync(new RateLimitCategory("Unlisted")));
        }

        Assert.Equal(100, permits.Count);
        permits.ForEach(p => p.Dispose());
    }
}
