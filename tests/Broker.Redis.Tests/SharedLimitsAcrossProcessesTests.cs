using Xunit.Abstractions;
using Broker.RateLimiting;
using Broker.Redis.Tests.Infrastructure;
using Broker.Sandbox;

namespace Broker.Redis.Tests;

/// <summary>Three child processes of 64 callers each on one Dhan account, their limits shared through one redis-server.</summary>
public sealed class SharedLimitsAcrossProcessesTests(RedisServerFixture redis, ITestOutputHelper output) : IClassFixture<RedisServerFixture>
{
    private const int WarmUpPerProcess = 4;

    [Fact]
    public async Task Three_processes_of_64_callers_keep_every_window_of_the_account_with_no_429_and_never_beat_the_limit()
    {
        // Two windows at once: 10 per 200 ms shapes the bursts, 20 per second binds.
        const string limits = "10/200ms, 20/s";
        const int processes = 3;
        const int perProcess = 19;
        var windows = RateLimitWindow.ParseList(limits);

        // The sandbox serves all three processes from this test process: enough pool threads that a burst of requests
        // is not held up waiting for the pool to grow (its arrival times are what is measured).
        ThreadPool.GetMinThreads(out var workers, out var completions);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(completions, 64));
        var options = new SandboxOptions();
        options.Dhan.RateLimits[DhanRateCategories.NonTrading] = [.. windows];
        await using var sandbox = await BrokerSandbox.StartAsync(options);
        var settings = SandboxHosts.Settings(sandbox, options, redis.Server, "limits:");
        settings["NONTRADING"] = limits;
        settings["MARGIN_MS"] = "2";
        settings["CALLERS"] = "64";
        var hosts = await SandboxHosts.StartAsync(processes, _ => settings);
        try
        {
            // A burst from each first, so that code and each process's pool of connections are warm when the measured
            // run starts (a request that has to open a connection arrives late and holds its permit longer).
            await SandboxHosts.RunAsync(hosts, $"funds {WarmUpPerProcess}");
            sandbox.Requests.Clear();
            var results = await SandboxHosts.RunAsync(hosts, $"funds {perProcess}");

            Assert.All(results, r => Assert.Equal(perProcess, SandboxHosts.Field(r.Line, "ok")));
            var record = sandbox.Requests.ForCategory(SandboxBrokers.Dhan, DhanRateCategories.NonTrading);
            Assert.Equal(processes * perProcess, record.Count);
            Assert.DoesNotContain(record, r => r.RateLimited || r.StatusCode == 429);
            foreach (var window in windows)
            {
                Assert.InRange(sandbox.Requests.MaxInAnyWindow(SandboxBrokers.Dhan, DhanRateCategories.NonTrading, window.Window), 1, window.PermitLimit);
            }

            // The fastest any limiter could go: the warm-up permits (as if all at 0) and the 57 calls all ready at 0,
            // each sent at the first instant every window has room.
            var span = record.Max(r => r.Elapsed) - record.Min(r => r.Elapsed);
            var margin = TimeSpan.FromMilliseconds(2);
            var fastestPossible = FastestPossibleSpan(windows, margin, warmUp: processes * WarmUpPerProcess, count: processes * perProcess);
            Assert.True(span >= fastestPossible - margin, $"span {span.TotalMilliseconds} ms is shorter than the limits allow ({fastestPossible.TotalMilliseconds} ms)");
            // How much of the binding limit the three processes used is a wall-clock figure that a loaded machine
            // lowers, so it is reported, not asserted (measured figures: docs/benchmarks.md, "Shared limits").
            var used = fastestPossible / span;
            output.WriteLine($"used {used:P1} of the binding limit (span {span.TotalMilliseconds:0} ms for {record.Count} requests; fastest possible {fastestPossible.TotalMilliseconds:0} ms)");
        }
        finally
        {
            await SandboxHosts.DisposeAsync(hosts);
        }
    }

    /// <summary>
    /// The time from the first to the last of <paramref name="count"/> requests (after <paramref name="warmUp"/> already
    /// sent at 0) for a perfect sliding-log limiter: each request at the earliest instant every window has room.
    /// </summary>
    private static TimeSpan FastestPossibleSpan(IReadOnlyList<RateLimitWindow> windows, TimeSpan margin, int warmUp, int count)
    {
        var times = new List<TimeSpan>();
        var at = TimeSpan.Zero;
        for (var i = 0; i < warmUp + count; i++)
        {
            var moved = true;
            while (moved)
            {
                moved = false;
                foreach (var window in windows)
                {
                    var length = window.Window + margin;
                    var inWindow = times.Where(t => t > at - length).ToList();
                    if (inWindow.Count >= window.PermitLimit)
                    {
                        at = inWindow[inWindow.Count - window.PermitLimit] + length;
                        moved = true;
                    }
                }
            }

            times.Add(at);
        }

        return times[^1] - times[warmUp];
    }
}
