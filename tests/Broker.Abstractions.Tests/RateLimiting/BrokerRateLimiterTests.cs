using Broker.Errors;
using Broker.RateLimiting;
using Broker.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Broker.Abstractions.Tests.RateLimiting;

public class BrokerRateLimiterTests
{
    private static readonly RateLimitCategory Orders = new("Orders");
    private readonly FakeTimeProvider _clock = new();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Under_random_arrivals_every_grant_is_as_early_as_every_window_allows_and_never_earlier(int seed)
    {
        var windows = new[] { new RateLimitWindow(5, TimeSpan.FromSeconds(1)), new RateLimitWindow(20, TimeSpan.FromSeconds(10)) };
        using var limiter = CreateLimiter(windows);
        var random = new Random(seed);
        var arrivals = new List<long>();
        var t = 0L;
        for (var i = 0; i < 1500; i++)
        {
            // Bursts and lulls: most requests come close together, some after long pauses.
            t += random.Next(10) < 8 ? random.Next(0, 40) : random.Next(500, 6000);
            arrivals.Add(t);
        }

        var grants = await RunScheduleAsync(limiter, arrivals);

        AssertNoWindowExceeded(grants, windows);
        AssertWorkConserving(arrivals, grants, windows);
    }

    [Fact]
    public async Task A_saturated_category_achieves_exactly_its_limit()
    {
        var windows = new[] { new RateLimitWindow(10, TimeSpan.FromSeconds(1)) };
        using var limiter = CreateLimiter(windows);
        var arrivals = Enumerable.Repeat(0L, 1000).ToList();

        var grants = await RunScheduleAsync(limiter, arrivals);

        for (var k = 0; k < grants.Count; k++)
        {
            Assert.Equal(k / 10 * 1000L, grants[k]);
        }
    }

    [Fact]
    public async Task Dhan_style_order_windows_all_hold_at_once()
    {
        var windows = new[]
        {
            new RateLimitWindow(10, TimeSpan.FromSeconds(1)),
            new RateLimitWindow(250, TimeSpan.FromMinutes(1)),
            new RateLimitWindow(1000, TimeSpan.FromHours(1)),
        };
        using var limiter = CreateLimiter(windows);
        var arrivals = Enumerable.Range(0, 1200).Select(i => (long)i * 20).ToList();

        var grants = await RunScheduleAsync(limiter, arrivals);

        AssertNoWindowExceeded(grants, windows);
        AssertWorkConserving(arrivals, grants, windows);
        Assert.Equal(3_600_000L, grants[1000]);
    }

    [Fact]
    public async Task Wait_mode_waits_until_the_oldest_permit_leaves_the_window()
    {
        using var limiter = CreateLimiter([new RateLimitWindow(2, TimeSpan.FromSeconds(1))]);
        await limiter.AcquireAsync(Orders);
        await limiter.AcquireAsync(Orders);

        var third = limiter.AcquireAsync(Orders).AsTask();
        _clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(third.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        await third;
    }

    [Fact]
    public async Task Fail_mode_throws_at_once_saying_when_a_permit_frees()
    {
        using var limiter = CreateLimiter([new RateLimitWindow(1, TimeSpan.FromSeconds(1))], o => o.Behavior = RateLimitBehavior.Fail);
        await limiter.AcquireAsync(Orders);
        _clock.Advance(TimeSpan.FromMilliseconds(300));

        var ex = await Assert.ThrowsAsync<BrokerRateLimitException>(() => limiter.AcquireAsync(Orders).AsTask());

        Assert.True(ex.IsClientSide);
        Assert.Equal("Orders", ex.RateLimitCategory);
        Assert.Equal(TimeSpan.FromMilliseconds(700), ex.RetryAfter);
    }

    [Fact]
    public async Task A_cancelled_wait_throws_and_consumes_no_permit()
    {
        using var limiter = CreateLimiter([new RateLimitWindow(1, TimeSpan.FromSeconds(1))]);
        await limiter.AcquireAsync(Orders);
        using var cts = new CancellationTokenSource();
        var cancelled = limiter.AcquireAsync(Orders, cts.Token).AsTask();
        var next = limiter.AcquireAsync(Orders).AsTask();

        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await next;
        var after = limiter.AcquireAsync(Orders).AsTask();

        Assert.Equal(0, limiter.GetQueueLength(Orders) - 1);
        Assert.False(after.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await after;
    }

    [Fact]
    public async Task An_already_cancelled_token_takes_no_permit()
    {
        using var limiter = CreateLimiter([new RateLimitWindow(1, TimeSpan.FromSeconds(1))]);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => limiter.AcquireAsync(Orders, new CancellationToken(canceled: true)).AsTask());

        Assert.True(limiter.AcquireAsync(Orders).AsTask().IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Exceeding_the_maximum_wait_fails_with_a_client_side_rate_limit_exception_and_takes_no_permit()
    {
        using var limiter = CreateLimiter([new RateLimitWindow(1, TimeSpan.FromSeconds(10))], o => o.MaxWait = TimeSpan.FromSeconds(1));
        await limiter.AcquireAsync(Orders);
        var waiting = limiter.AcquireAsync(Orders).AsTask();

        _clock.Advance(TimeSpan.FromSeconds(1));
        var ex = await Assert.ThrowsAsync<BrokerRateLimitException>(() => waiting);

        Assert.True(ex.IsClientSide);
        Assert.Equal(TimeSpan.FromSeconds(9), ex.RetryAfter);
        Assert.Equal(0, limiter.GetQueueLength(Orders));
    }

    [Fact]
    public async Task A_server_pause_holds_the_whole_category_until_it_ends()
    {
        using var limiter = CreateLimiter([new RateLimitWindow(100, TimeSpan.FromSeconds(1))]);
        limiter.Pause(Orders, TimeSpan.FromSeconds(5));

        var first = limiter.AcquireAsync(Orders).AsTask();
        var second = limiter.AcquireAsync(Orders).AsTask();
        _clock.Advance(TimeSpan.FromMilliseconds(4999));
        Assert.False(first.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        await Task.WhenAll(first, second);
    }

    [Fact]
    public async Task A_server_pause_also_holds_a_category_without_client_limits()
    {
        using var limiter = CreateLimiter([new RateLimitWindow(100, TimeSpan.FromSeconds(1))]);
        var unlisted = new RateLimitCategory("Historical");
        Assert.True(limiter.AcquireAsync(unlisted).AsTask().IsCompletedSuccessfully);

        limiter.Pause(unlisted, TimeSpan.FromSeconds(2));
        var waiting = limiter.AcquireAsync(unlisted).AsTask();

        Assert.False(waiting.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(2));
        await waiting;
    }

    [Fact]
    public void Unlisted_and_unlimited_categories_are_never_held()
    {
        using var limiter = CreateLimiter([new RateLimitWindow(1, TimeSpan.FromSeconds(1))]);

        for (var i = 0; i < 100; i++)
        {
            Assert.True(limiter.AcquireAsync(new RateLimitCategory("Other")).AsTask().IsCompletedSuccessfully);
            Assert.True(limiter.AcquireAsync(RateLimitCategory.Unlimited).AsTask().IsCompletedSuccessfully);
        }
    }

    [Fact]
    public void Categories_are_independent()
    {
        using var limiter = CreateLimiter([new RateLimitWindow(1, TimeSpan.FromSeconds(1))], o => o.SetCategory(new RateLimitCategory("LiveData"), new RateLimitWindow(1, TimeSpan.FromSeconds(1))));

        Assert.True(limiter.AcquireAsync(Orders).AsTask().IsCompletedSuccessfully);
        Assert.True(limiter.AcquireAsync(new RateLimitCategory("livedata")).AsTask().IsCompletedSuccessfully);
        Assert.False(limiter.AcquireAsync(Orders).AsTask().IsCompleted);
    }

    [Fact]
    public void Non_positive_limits_are_rejected_with_the_category_named()
    {
        var options = new RateLimiterOptions().SetCategory(Orders, new RateLimitWindow(0, TimeSpan.FromSeconds(1)));

        var ex = Assert.Throws<ArgumentException>(() => new BrokerRateLimiter(options, _clock));

        Assert.Contains("'Orders'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10/s", 10, 1000)]
    [InlineData("250/min", 250, 60_000)]
    [InlineData("1000/h", 1000, 3_600_000)]
    [InlineData("7000/day", 7000, 86_400_000)]
    [InlineData("1/3s", 1, 3000)]
    public void Windows_parse_from_count_per_unit(string text, int limit, long milliseconds)
    {
        var window = RateLimitWindow.Parse(text);

        Assert.Equal(limit, window.PermitLimit);
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), window.Window);
    }

    [Theory]
    [InlineData("ten per second")]
    [InlineData("10/fortnight")]
    public void Malformed_windows_are_rejected(string text) => Assert.Throws<FormatException>(() => RateLimitWindow.Parse(text));

    private BrokerRateLimiter CreateLimiter(RateLimitWindow[] windows, Action<RateLimiterOptions>? configure = null)
    {
        var options = new RateLimiterOptions { WindowSafetyMargin = TimeSpan.Zero, WaitLogThreshold = TimeSpan.MaxValue };
        options.SetCategory(Orders, windows);
        configure?.Invoke(options);
        return new BrokerRateLimiter(options, _clock);
    }

    /// <summary>
    /// Drives arrivals (integer milliseconds) through the limiter on the fake clock, one millisecond at a time, and
    /// returns each request's grant time. Every due time is a whole millisecond, so grants are recorded exactly.
    /// </summary>
    private async Task<List<long>> RunScheduleAsync(BrokerRateLimiter limiter, List<long> arrivals)
    {
        var start = _clock.GetTimestamp();
        long Now() => (_clock.GetTimestamp() - start) / TimeSpan.TicksPerMillisecond;
        var pending = new Queue<(int Index, Task Task)>();
        var grants = new long[arrivals.Count];
        var next = 0;
        while (next < arrivals.Count || pending.Count > 0)
        {
            while (next < arrivals.Count && arrivals[next] == Now())
            {
                pending.Enqueue((next, limiter.AcquireAsync(Orders).AsTask()));
                next++;
            }

            while (pending.Count > 0 && pending.Peek().Task.IsCompleted)
            {
                var (index, task) = pending.Dequeue();
                await task;
                grants[index] = Now();
            }

            if (pending.Count == 0 && next < arrivals.Count)
            {
                _clock.Advance(TimeSpan.FromMilliseconds(arrivals[next] - Now()));
            }
            else if (pending.Count > 0)
            {
                var step = limiter.GetTimeUntilPermit(Orders);
                var untilArrival = next < arrivals.Count ? TimeSpan.FromMilliseconds(arrivals[next] - Now()) : TimeSpan.MaxValue;
                var delta = step < untilArrival ? step : untilArrival;
                _clock.Advance(delta > TimeSpan.Zero ? delta : TimeSpan.FromMilliseconds(1));
            }
        }

        return [.. grants];
    }

    private static void AssertNoWindowExceeded(List<long> grants, RateLimitWindow[] windows)
    {
        var sorted = grants.Order().ToArray();
        foreach (var window in windows)
        {
            var length = (long)window.Window.TotalMilliseconds;
            for (var i = window.PermitLimit; i < sorted.Length; i++)
            {
                Assert.True(
                    sorted[i] - sorted[i - window.PermitLimit] >= length,
                    $"{window.PermitLimit + 1} permits within {length} ms: at {sorted[i - window.PermitLimit]} and {sorted[i]}");
            }
        }
    }

    private static void AssertWorkConserving(List<long> arrivals, List<long> grants, RateLimitWindow[] windows)
    {
        for (var i = 0; i < grants.Count; i++)
        {
            var earliest = arrivals[i];
            if (i > 0)
            {
                earliest = Math.Max(earliest, grants[i - 1]);
            }

            foreach (var window in windows)
            {
                if (i >= window.PermitLimit)
                {
                    earliest = Math.Max(earliest, grants[i - window.PermitLimit] + (long)window.Window.TotalMilliseconds);
                }
            }

            Assert.Equal(earliest, grants[i]);
        }
    }
}
