using Broker.RateLimiting;
using Broker.Sandbox;
using Broker.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Broker.IntegrationTests.RateLimiting;

/// <summary>
/// Runs a burst of calls from many concurrent callers through a client whose limiter runs on a fake clock, and moves
/// that clock only when every unfinished call is parked in the limiter's queue. What the limiter admits, and when, is
/// then exact: the burst is a list of waves (how long after the start, how many calls admitted at that instant).
/// </summary>
/// <remarks>
/// The account's token must be cached before the burst: then every call has either taken its permit or joined the
/// limiter's queue by the time it returns, and each admitted call, when it finishes, lets its caller make its next call
/// (or stop) before signalling. Nothing here waits for time to pass; the real-time guard only turns a hang into a failure.
/// </remarks>
internal static class FakeClockBurst
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    /// <summary>Runs <paramref name="total"/> calls from <paramref name="callers"/> callers and returns the waves of admissions.</summary>
    /// <param name="clock">The clock the client's limiter (and the sandbox's windows) run on.</param>
    /// <param name="limiter">The account's limiter.</param>
    /// <param name="category">The calls' rate-limit category.</param>
    /// <param name="callers">How many callers call concurrently, each making one call after another.</param>
    /// <param name="total">How many calls they make between them.</param>
    /// <param name="call">One call; the token is cancelled when the burst fails, so that no call is left waiting on the fake clock.</param>
    /// <returns>Each instant the limiter admitted calls (since the start) and how many it admitted then.</returns>
    public static async Task<IReadOnlyList<(TimeSpan At, int Admitted)>> RunAsync(
        FakeTimeProvider clock,
        BrokerRateLimiter limiter,
        RateLimitCategory category,
        int callers,
        int total,
        Func<CancellationToken, Task> call)
    {
        using var stop = new CancellationTokenSource();
        var start = clock.GetTimestamp();
        var remaining = total;
        var issued = 0;
        using var settled = new SemaphoreSlim(0);

        // One signal per call made and per caller stopping, each sent once the caller's previous call has finished.
        async Task CallerAsync()
        {
            while (true)
            {
                Task? next = null;
                if (Interlocked.Decrement(ref remaining) >= 0)
                {
                    next = call(stop.Token);
                    Interlocked.Increment(ref issued);
                }

                settled.Release();
                if (next is null)
                {
                    return;
                }

                try
                {
                    await next;
                }
                catch
                {
                    // A failed call stops its caller: that is its signal, and the failure is the test's.
                    settled.Release();
                    throw;
                }
            }
        }

        var running = Enumerable.Range(0, callers).Select(_ => CallerAsync()).ToList();
        try
        {
            return await DriveAsync(clock, limiter, category, total, start, settled, running, () => Volatile.Read(ref issued));
        }
        catch
        {
            // A failed burst leaves calls parked on the fake clock; cancelled, they end, and the client can be disposed.
            await stop.CancelAsync();
            await Task.WhenAny(Task.WhenAll(running), Task.Delay(Guard));
            throw;
        }
    }

    private static async Task<IReadOnlyList<(TimeSpan At, int Admitted)>> DriveAsync(
        FakeTimeProvider clock,
        BrokerRateLimiter limiter,
        RateLimitCategory category,
        int total,
        long start,
        SemaphoreSlim settled,
        List<Task> running,
        Func<int> issued)
    {
        string State() => $"{clock.GetElapsedTime(start)} after the start, {issued()} call(s) made, {limiter.GetQueueLength(category)} parked";
        await SettleAsync(settled, running.Count, running, State);
        var waves = new List<(TimeSpan At, int Admitted)>();
        var admitted = 0;
        while (true)
        {
            // Calls made and not parked in the queue were admitted now; wait until each has finished and its caller moved on.
            var queued = limiter.GetQueueLength(category);
            var wave = issued() - queued - admitted;
            if (wave > 0)
            {
                var now = clock.GetElapsedTime(start);
                if (waves.Count > 0 && waves[^1].At == now)
                {
                    waves[^1] = (now, waves[^1].Admitted + wave);
                }
                else
                {
                    waves.Add((now, wave));
                }

                admitted += wave;
                await SettleAsync(settled, wave, running, State);
                continue;
            }

            // Now every call made and not admitted is parked in the queue, and nothing is in flight.
            if (queued == 0)
            {
                break;
            }

            // Nothing is admitted one tick before the limiter says a permit frees; at that instant the next wave is.
            var wait = limiter.GetTimeUntilPermit(category);
            clock.Advance(wait - TimeSpan.FromTicks(1));
            Assert.Equal(queued, limiter.GetQueueLength(category));
            clock.Advance(TimeSpan.FromTicks(1));
            Assert.True(limiter.GetQueueLength(category) < queued, $"No parked call was admitted when the limiter said a permit frees: {State()}.");
        }

        await Task.WhenAll(running).WaitAsync(Guard);
        Assert.Equal(total, admitted);
        return waves;
    }

    /// <summary>The same shape read from the server's record: each arrival instant (since the first) and how many arrived then.</summary>
    /// <param name="record">The sandbox's record of one category, on the fake clock.</param>
    /// <returns>The waves of arrivals.</returns>
    public static IReadOnlyList<(TimeSpan At, int Admitted)> WavesOf(IReadOnlyList<SandboxRequest> record)
    {
        var first = record.Min(r => r.Elapsed);
        return [.. record.GroupBy(r => r.Elapsed - first).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()))];
    }

    /// <summary>The waves a perfect client makes: <paramref name="limit"/> calls every <paramref name="every"/>, from the start.</summary>
    /// <param name="total">How many calls.</param>
    /// <param name="limit">How many a window admits.</param>
    /// <param name="every">How long after one wave's answers the next wave's permits free (the window plus the client's safety margin).</param>
    /// <returns>The waves.</returns>
    public static IReadOnlyList<(TimeSpan At, int Admitted)> Expected(int total, int limit, TimeSpan every) =>
        [.. Enumerable.Range(0, (total + limit - 1) / limit).Select(k => (every * k, Math.Min(limit, total - (k * limit))))];

    /// <summary>Waits for <paramref name="count"/> signals; a call that never finishes (waiting on the fake clock, say for a retry) fails the burst.</summary>
    private static async Task SettleAsync(SemaphoreSlim settled, int count, List<Task> callers, Func<string> state)
    {
        for (var i = 0; i < count; i++)
        {
            Assert.True(await settled.WaitAsync(Guard), $"An admitted call did not finish (within {Guard.TotalSeconds} s of real time): {state()}.");
        }

        if (callers.Find(c => c.IsFaulted) is { } failed)
        {
            await failed;
        }
    }
}
