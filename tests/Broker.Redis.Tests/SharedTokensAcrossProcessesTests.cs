using Broker.Redis.Tests.Infrastructure;
using Broker.Sandbox;
using StackExchange.Redis;

namespace Broker.Redis.Tests;

/// <summary>Child processes minting Dhan tokens (PIN + TOTP) on one account, sharing the token and the mint lock through Redis.</summary>
public sealed class SharedTokensAcrossProcessesTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [Fact]
    public async Task A_token_that_expires_is_minted_again_exactly_once_across_three_processes()
    {
        var (sandbox, options) = await StartSandboxAsync();
        await using var _ = sandbox;
        var settings = SandboxHosts.MintingSettings(sandbox, options, redis.Server, "expiry:", SandboxHosts.NewKey());
        var hosts = await SandboxHosts.StartAsync(3, _ => settings);
        try
        {
            var first = await SandboxHosts.RunAsync(hosts, "funds 20");
            Assert.All(first, r => Assert.Equal(20, SandboxHosts.Field(r.Line, "ok")));
            Assert.Equal(1, sandbox.Dhan.TokensMinted);

            // A day later on every clock: every process finds its token expired at once.
            sandbox.Clock.Advance(TimeSpan.FromHours(25));
            await Task.WhenAll(hosts.Select(h => h.SendAsync("advance 90000")));
            await Task.WhenAll(hosts.Select(h => h.ReadUntilAsync("advanced")));
            var second = await SandboxHosts.RunAsync(hosts, "funds 20");

            Assert.All(second, r => Assert.Equal(20, SandboxHosts.Field(r.Line, "ok")));
            Assert.Equal(2, sandbox.Dhan.TokensMinted);
            Assert.Equal(2, second.Sum(r => SandboxHosts.Field(r.Line, "mints")));
        }
        finally
        {
            await SandboxHosts.DisposeAsync(hosts);
        }
    }

    [Fact]
    public async Task Processes_refused_with_an_older_token_take_the_stored_one_so_a_rejection_costs_one_mint()
    {
        var (sandbox, options) = await StartSandboxAsync();
        await using var _ = sandbox;
        var settings = SandboxHosts.MintingSettings(sandbox, options, redis.Server, "rejection:", SandboxHosts.NewKey());
        var hosts = await SandboxHosts.StartAsync(2, _ => settings);
        try
        {
            await SandboxHosts.RunAsync(hosts, "funds 10");
            Assert.Equal(1, sandbox.Dhan.TokensMinted);

            // Half a minute on, so the next mint has a fresh TOTP code (Dhan refuses a code twice; the SDK would wait).
            sandbox.Clock.Advance(TimeSpan.FromSeconds(30));
            await Task.WhenAll(hosts.Select(h => h.SendAsync("advance 30")));
            await Task.WhenAll(hosts.Select(h => h.ReadUntilAsync("advanced")));
            sandbox.Dhan.DefaultAccount.RevokeAccessTokens();
            var after = await SandboxHosts.RunAsync(hosts, "funds 10");

            Assert.All(after, r => Assert.Equal(10, SandboxHosts.Field(r.Line, "ok")));
            Assert.Equal(2, sandbox.Dhan.TokensMinted);
        }
        finally
        {
            await SandboxHosts.DisposeAsync(hosts);
        }
    }

    [Fact]
    public async Task A_process_killed_while_holding_the_mint_lock_is_replaced_by_another_that_mints_once_the_lock_expires()
    {
        var (sandbox, options) = await StartSandboxAsync();
        await using var _ = sandbox;
        const string prefix = "killed:";
        var settings = SandboxHosts.MintingSettings(sandbox, options, redis.Server, prefix, SandboxHosts.NewKey());
        settings["LOCK_EXPIRY_MS"] = "1500";
        settings["CALLERS"] = "4";

        // Mints hang at the broker until the holder is killed, so it is inside its mint, holding the lock, then.
        sandbox.Faults.Inject(SandboxEndpointNames.DhanGenerateToken, Fault.Delay(TimeSpan.FromMinutes(2)), count: 100);
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Server.Configuration);
        var lockTaken = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await connection.GetSubscriber().SubscribeAsync(
            RedisChannel.Pattern($"__keyspace@0__:{prefix}*mint:lock"),
            (channel, message) =>
            {
                if (message == "set")
                {
                    lockTaken.TrySetResult(channel.ToString()["__keyspace@0__:".Length..]);
                }
            });
        // Both start now (a process start is the slow part); the successor asks for a token only after the kill.
        var started = await SandboxHosts.StartAsync(2, _ => settings);
        var (holder, successor) = (started[0], started[1]);
        try
        {
            await holder.SendAsync("funds 1");
            var lockKey = await lockTaken.Task.WaitAsync(TimeSpan.FromSeconds(30));
            holder.Kill();
            sandbox.Faults.Clear();

            var done = (await SandboxHosts.RunAsync([successor], "funds 1"))[0];

            Assert.Equal(1, SandboxHosts.Field(done.Line, "ok"));
            Assert.Equal(1, SandboxHosts.Field(done.Line, "mints"));
            var fence = (long)await connection.GetDatabase().StringGetAsync(lockKey.Replace("mint:lock", "mint:fence", StringComparison.Ordinal));
            Assert.Equal(2, fence);
        }
        finally
        {
            await SandboxHosts.DisposeAsync(started);
        }
    }

    private static async Task<(BrokerSandbox Sandbox, SandboxOptions Options)> StartSandboxAsync()
    {
        var options = new SandboxOptions();
        options.Dhan.RateLimits[DhanRateCategories.NonTrading] = [new(1000, TimeSpan.FromSeconds(1))];
        return (await BrokerSandbox.StartAsync(options), options);
    }
}
