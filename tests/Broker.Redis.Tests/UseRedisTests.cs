using System.Net;
using System.Net.Sockets;
using System.Text;
using Broker.Authentication;
using Broker.Dhan;
using Broker.Errors;
using Broker.Groww;
using Broker.RateLimiting;
using Broker.Redis.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Broker.Redis.Tests;

/// <summary>
/// UseRedis in one test process: two service providers on one account stand for two processes (the cross-process
/// proofs are in the other classes). No broker is called here.
/// </summary>
public sealed class UseRedisTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private static readonly RateLimitCategory Orders = new("Order");

    [Fact]
    public async Task Two_processes_on_one_account_are_granted_exactly_the_limit_between_them()
    {
        await using var a = Process("grant:", o => o.RateLimits.Order = "10/10s", RateLimitBehavior.Fail);
        await using var b = Process("grant:", o => o.RateLimits.Order = "10/10s", RateLimitBehavior.Fail);

        var attempts = Enumerable.Range(0, 60).Select(async i =>
        {
            try
            {
                await Limiter(i % 2 == 0 ? a : b).AcquireAsync(Orders);
                return 1;
            }
            catch (BrokerRateLimitException)
            {
                return 0;
            }
        });

        Assert.Equal(10, (await Task.WhenAll(attempts)).Sum());
    }

    [Fact]
    public async Task A_refusal_says_when_the_oldest_permit_of_any_process_leaves_the_window()
    {
        await using var a = Process("refusal:", o => o.RateLimits.Order = "1/10s", RateLimitBehavior.Fail);
        await using var b = Process("refusal:", o => o.RateLimits.Order = "1/10s", RateLimitBehavior.Fail);
        await Limiter(a).AcquireAsync(Orders);

        var refused = await Assert.ThrowsAsync<BrokerRateLimitException>(() => Limiter(b).AcquireAsync(Orders).AsTask());

        Assert.True(refused.IsClientSide);
        Assert.InRange(refused.RetryAfter!.Value, TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(10.1));
    }

    [Fact]
    public async Task A_leased_permit_holds_the_window_in_every_process_until_its_response_and_one_window_after()
    {
        await using var a = Process("lease:", o => o.RateLimits.Order = "1/10s", RateLimitBehavior.Fail);
        await using var b = Process("lease:", o => o.RateLimits.Order = "1/10s", RateLimitBehavior.Fail);
        var lease = await Limiter(a).AcquireLeaseAsync(Orders);

        await Assert.ThrowsAsync<BrokerRateLimitException>(() => Limiter(b).AcquireAsync(Orders).AsTask());
        lease.Dispose();

        await Assert.ThrowsAsync<BrokerRateLimitException>(() => Limiter(b).AcquireAsync(Orders).AsTask());
    }

    [Fact]
    public async Task A_broker_throttle_seen_by_one_process_pauses_the_category_in_the_other()
    {
        await using var a = Process("pause:", o => o.RateLimits.Order = "100/s", RateLimitBehavior.Fail);
        await using var b = Process("pause:", o => o.RateLimits.Order = "100/s", RateLimitBehavior.Fail);
        var options = Limiter(a).Options;

        await a.GetRequiredKeyedService<IRateLimitStore>(DhanServiceKeys.For()).PauseAsync(Orders, TimeSpan.FromSeconds(5), slowDown: true, options, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<BrokerRateLimitException>(() => Limiter(b).AcquireAsync(Orders).AsTask());
        Assert.InRange(refused.RetryAfter!.Value, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task The_keys_name_the_account_by_a_hash_never_by_its_client_id()
    {
        await using var a = Process("keys:", o => o.RateLimits.Order = "10/s", RateLimitBehavior.Fail);
        await Limiter(a).AcquireAsync(Orders);
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Server.Configuration);

        var keys = new List<string>();
        await foreach (var key in connection.GetServer(connection.GetEndPoints()[0]).KeysAsync(pattern: "keys:*"))
        {
            keys.Add(key.ToString());
        }

        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.Matches("^keys:dhan:\\{[0-9a-f]{32}\\}:rl:order:", k));
        Assert.DoesNotContain(keys, k => k.Contains(ClientId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_shared_token_is_encrypted_in_redis_and_read_back_whole_by_another_process()
    {
        var key = SandboxHosts.NewKey();
        await using var a = Process("token:", o => { }, RateLimitBehavior.Wait, r => { r.ShareTokens = true; r.TokenEncryptionKey = key; });
        await using var b = Process("token:", o => { }, RateLimitBehavior.Wait, r => { r.ShareTokens = true; r.TokenEncryptionKey = key; });
        var expiresAt = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
        const string secret = "eyJ.shared-token.value";

        await Store(a).SetAsync("ignored", new AccessToken(secret, expiresAt), CancellationToken.None);

        var read = await Store(b).GetAsync("ignored", CancellationToken.None);
        Assert.Equal(secret, read!.Value);
        Assert.Equal(expiresAt, read.ExpiresAt);
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Server.Configuration);
        var raw = await RawTokenAsync(connection, "token:*token");
        Assert.DoesNotContain(secret, Encoding.Latin1.GetString(raw), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_stored_under_another_key_is_refused_with_a_message_naming_the_key_setting()
    {
        await using var a = Process("wrongkey:", o => { }, RateLimitBehavior.Wait, r => { r.ShareTokens = true; r.TokenEncryptionKey = SandboxHosts.NewKey(); });
        await using var b = Process("wrongkey:", o => { }, RateLimitBehavior.Wait, r => { r.ShareTokens = true; r.TokenEncryptionKey = SandboxHosts.NewKey(); });
        await Store(a).SetAsync("ignored", new AccessToken("eyJ.a", null), CancellationToken.None);

        var refused = await Assert.ThrowsAsync<RedisCoordinationException>(() => Store(b).GetAsync("ignored", CancellationToken.None));

        Assert.Contains("TokenEncryptionKey", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("eyJ", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_minted_under_a_lock_that_expired_does_not_overwrite_the_one_stored_by_the_next_holder()
    {
        var key = SandboxHosts.NewKey();
        await using var a = Process("fence:", o => { }, RateLimitBehavior.Wait, r => { r.ShareTokens = true; r.TokenEncryptionKey = key; });
        await using var b = Process("fence:", o => { }, RateLimitBehavior.Wait, r => { r.ShareTokens = true; r.TokenEncryptionKey = key; });
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Server.Configuration);
        var lockA = await Lock(a).AcquireAsync("ignored", CancellationToken.None);

        // A's lock expires (as if A stalled past its expiry); B takes the lock, mints and stores.
        await DeleteAsync(connection, "fence:*mint:lock");
        await using (await Lock(b).AcquireAsync("ignored", CancellationToken.None))
        {
            await Store(b).SetAsync("ignored", new AccessToken("eyJ.from-b", null), CancellationToken.None);
        }

        await Store(a).SetAsync("ignored", new AccessToken("eyJ.from-a", null), CancellationToken.None);
        await lockA.DisposeAsync();

        Assert.Equal("eyJ.from-b", (await Store(b).GetAsync("ignored", CancellationToken.None))!.Value);
    }

    [Fact]
    public async Task A_redis_that_cannot_be_reached_at_start_is_a_clear_exception_naming_the_server()
    {
        var port = ClosedPort();
        var services = new ServiceCollection();
        services.AddDhanClient(o => Configure(o)).UseRedis(r =>
        {
            r.Configuration = $"127.0.0.1:{port}";
            r.ConnectTimeout = TimeSpan.FromMilliseconds(500);
        });
        await using var provider = services.BuildServiceProvider();

        var failure = Assert.Throws<RedisCoordinationException>(() => provider.GetRequiredService<IDhanClient>());

        Assert.Contains($"127.0.0.1:{port}", failure.Message, StringComparison.Ordinal);
        Assert.Contains("could not be reached", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shared_tokens_without_an_encryption_key_are_refused_at_registration()
    {
        var services = new ServiceCollection();
        var builder = services.AddDhanClient(o => Configure(o));

        var refused = Assert.Throws<OptionsValidationException>(() => builder.UseRedis(r =>
        {
            r.Configuration = "localhost:6379";
            r.ShareTokens = true;
        }));

        Assert.Contains("TokenEncryptionKey", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UseRedis_registers_on_the_Groww_builder_the_same_way()
    {
        var services = new ServiceCollection();
        services.AddGrowwClient(o => o.Credentials.AccessToken = "groww-token").UseRedis("localhost:6379");
        var key = GrowwServiceKeys.For();

        Assert.Contains(services, d => d.IsKeyedService && Equals(d.ServiceKey, key) && d.ServiceType == typeof(IRateLimitStore));
        Assert.Contains(services, d => d.IsKeyedService && Equals(d.ServiceKey, key) && d.ServiceType == typeof(ITokenMintLock));
        Assert.DoesNotContain(services, d => d.IsKeyedService && Equals(d.ServiceKey, key) && d.ServiceType == typeof(IAccessTokenStore));
    }

    private const string ClientId = "1000000001";

    private static BrokerRateLimiter Limiter(ServiceProvider provider) => provider.GetRequiredKeyedService<BrokerRateLimiter>(DhanServiceKeys.For());

    private static IAccessTokenStore Store(ServiceProvider provider) => provider.GetRequiredKeyedService<IAccessTokenStore>(DhanServiceKeys.For());

    private static ITokenMintLock Lock(ServiceProvider provider) => provider.GetRequiredKeyedService<ITokenMintLock>(DhanServiceKeys.For());

    private static void Configure(DhanClientOptions o)
    {
        o.ClientId = ClientId;
        o.AuthenticationMode = DhanAuthenticationMode.AccessToken;
        o.AccessToken = "dhan-token";
    }

    private ServiceProvider Process(string prefix, Action<DhanClientOptions> configure, RateLimitBehavior behavior, Action<RedisBrokerOptions>? redisOptions = null)
    {
        var services = new ServiceCollection();
        services.AddDhanClient(o =>
        {
            Configure(o);
            o.RateLimitBehavior = behavior;
            configure(o);
        }).UseRedis(r =>
        {
            r.Configuration = redis.Server.Configuration;
            r.KeyPrefix = prefix;
            redisOptions?.Invoke(r);
        });
        return services.BuildServiceProvider();
    }

    private static async Task<byte[]> RawTokenAsync(ConnectionMultiplexer connection, string pattern)
    {
        await foreach (var key in connection.GetServer(connection.GetEndPoints()[0]).KeysAsync(pattern: pattern))
        {
            return (byte[])(await connection.GetDatabase().HashGetAsync(key, "v"))!;
        }

        throw new InvalidOperationException("No token key was written.");
    }

    private static async Task DeleteAsync(ConnectionMultiplexer connection, string pattern)
    {
        await foreach (var key in connection.GetServer(connection.GetEndPoints()[0]).KeysAsync(pattern: pattern))
        {
            await connection.GetDatabase().KeyDeleteAsync(key);
        }
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
