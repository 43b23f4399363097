using Broker.RateLimiting;
using Broker.Redis.Tests.Infrastructure;
using Broker.Sandbox;

namespace Broker.Redis.Tests;

/// <summary>
/// Redis killed while two processes place orders on one account: each test starts its own redis-server, since it
/// kills it.
/// </summary>
public sealed class RedisLostMidRunTests
{
    private const int PerProcess = 40;

    [Fact]
    public async Task Fail_closed_refuses_the_orders_after_redis_is_lost_without_sending_them_and_sends_none_twice()
    {
        var outcome = await RunOrdersAsync("closed:", new Dictionary<string, string> { ["FAILURE"] = "FailClosed" });

        Assert.NotEmpty(outcome.NotSent);
        Assert.Empty(outcome.NotSent.Intersect(outcome.AtBroker));
        Assert.Empty(outcome.Unknown);
        Assert.Equal(outcome.Placed.Order(), outcome.AtBroker.Order());
    }

    [Fact]
    public async Task Local_fallback_keeps_placing_at_each_process_share_of_the_limit_with_no_429_and_none_sent_twice()
    {
        var outcome = await RunOrdersAsync("fallback:", new Dictionary<string, string> { ["FAILURE"] = "LocalFallback", ["FALLBACK_SHARE"] = "0.5" });

        Assert.Empty(outcome.NotSent);
        Assert.Empty(outcome.Unknown);
        Assert.Equal(2 * PerProcess, outcome.Placed.Count);
        Assert.Equal(outcome.Placed.Order(), outcome.AtBroker.Order());
        Assert.InRange(outcome.MaxInOneSecond, 1, 50);
    }

    /// <summary>
    /// Two processes × 64 callers place 40 orders each (limit 50/s); Redis is killed once each process has placed 10.
    /// Every client reference must reach the broker at most once, and no order may be refused by the broker's limiter.
    /// </summary>
    private static async Task<Outcome> RunOrdersAsync(string prefix, Dictionary<string, string> mode)
    {
        var options = new SandboxOptions();
        options.Dhan.RateLimits[DhanRateCategories.Order] = [new RateLimitWindow(50, TimeSpan.FromSeconds(1))];
        await using var sandbox = await BrokerSandbox.StartAsync(options);
        await using var redis = await RedisServer.StartAsync();
        var hosts = await SandboxHosts.StartAsync(2, i =>
        {
            var settings = SandboxHosts.Settings(sandbox, options, redis, prefix);
            settings["ORDER"] = "50/s";
            settings["NAME"] = $"p{i}";
            foreach (var (key, value) in mode)
            {
                settings[key] = value;
            }

            return settings;
        });
        try
        {
            await Task.WhenAll(hosts.Select(h => h.SendAsync($"orders {PerProcess}")));

            // Each host reports every order as it completes: once each has placed 10, Redis goes.
            await Task.WhenAll(hosts.Select(h => h.ReadMatchingAsync(static l => l.EndsWith(" placed -", StringComparison.Ordinal), 10)));
            await redis.StopAsync();
            await Task.WhenAll(hosts.Select(h => h.ReadUntilAsync("done")));

            var lines = hosts.SelectMany(h => h.Seen).Where(l => l.StartsWith("order ", StringComparison.Ordinal)).Select(l => l.Split(' ')).ToList();
            Assert.Equal(2 * PerProcess, lines.Count);
            var atBroker = sandbox.Dhan.DefaultAccount.Orders.Select(o => o.ClientReference!).ToList();
            Assert.Equal(atBroker.Count, atBroker.Distinct().Count());
            var requests = sandbox.Requests.ForCategory(SandboxBrokers.Dhan, DhanRateCategories.Order);
            Assert.DoesNotContain(requests, r => r.RateLimited || r.StatusCode == 429);
            return new Outcome(
                [.. lines.Where(l => l[2] == "placed").Select(l => l[1])],
                [.. lines.Where(l => l[2] == "notsent").Select(l => l[1])],
                [.. lines.Where(l => l[2] is "unknown" or "failed").Select(l => l[1])],
                atBroker,
                sandbox.Requests.MaxInAnyWindow(SandboxBrokers.Dhan, DhanRateCategories.Order, TimeSpan.FromSeconds(1)));
        }
        finally
        {
            await SandboxHosts.DisposeAsync(hosts);
        }
    }

    private sealed record Outcome(List<string> Placed, List<string> NotSent, List<string> Unknown, List<string> AtBroker, int MaxInOneSecond);
}
