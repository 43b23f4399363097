using System.Net;
using Broker.Abstractions.Tests.Http;
using Broker.Authentication;
using Broker.Errors;
using Broker.Testing;
using RichardSzalay.MockHttp;
using Microsoft.Extensions.Time.Testing;

namespace Broker.Abstractions.Tests.Authentication;

/// <summary>
/// Mints are a budget (Groww allows 150 a day): a token that comes back with less life than the renewal margin is
/// never renewed ahead (its replacement would expire at the same instant), a token is renewed ahead at most once, a valid token keeps serving while its replacement is minted, and a broker
/// that refuses every token costs at most two mints however many calls it refuses.
/// </summary>
public class MintBudgetTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task A_token_born_inside_the_renewal_margin_is_not_renewed_ahead_however_many_callers_ask()
    {
        // Near Groww's 06:00 expiry every token minted expires at 06:00: three minutes of life, a five-minute margin.
        var provider = new FixedExpiryProvider(_clock.GetUtcNow() + TimeSpan.FromMinutes(3));
        var tokens = new TokenManager("acct", provider, options: new TokenManagerOptions { RenewBeforeExpiry = TimeSpan.FromMinutes(5) }, timeProvider: _clock);

        await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => tokens.GetTokenAsync())));
        await (tokens.RenewalInProgress ?? Task.CompletedTask);
        for (var i = 0; i < 20; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(5));
            await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => tokens.GetTokenAsync())));
            await (tokens.RenewalInProgress ?? Task.CompletedTask);
        }

        // A replacement would expire at the same instant: the token minted first serves until it expires.
        Assert.Equal(1, provider.Mints);
    }

    [Fact]
    public async Task After_the_token_expires_the_next_one_is_minted_once()
    {
        var expiry = _clock.GetUtcNow() + TimeSpan.FromMinutes(3);
        var provider = new FixedExpiryProvider(expiry);
        var tokens = new TokenManager("acct", provider, options: new TokenManagerOptions { RenewBeforeExpiry = TimeSpan.FromMinutes(5) }, timeProvider: _clock);
        await tokens.GetTokenAsync();
        await tokens.GetTokenAsync();
        await (tokens.RenewalInProgress ?? Task.CompletedTask);
        var before = provider.Mints;

        _clock.Advance(TimeSpan.FromMinutes(4));
        provider.Expiry = _clock.GetUtcNow() + TimeSpan.FromDays(1);
        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => tokens.GetTokenAsync())));

        Assert.Equal(1, before);
        Assert.Equal(2, provider.Mints);
        Assert.All(results, t => Assert.Equal(provider.Expiry, t.ExpiresAt));
    }

    [Fact]
    public async Task A_valid_token_keeps_serving_while_its_renewal_waits()
    {
        var provider = new CountingTokenProvider(_clock, TimeSpan.FromHours(1));
        var tokens = new TokenManager("acct", provider, timeProvider: _clock);
        var first = await tokens.GetTokenAsync();
        _clock.Advance(TimeSpan.FromMinutes(57));
        provider.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The mint is held (as if waiting for the Authentication rate limit); callers are not.
        var served = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => tokens.GetTokenAsync()));

        Assert.All(served, t => Assert.Same(first, t));
        Assert.NotNull(tokens.RenewalInProgress);
        provider.Gate.SetResult();
        await tokens.RenewalInProgress!;
        Assert.NotEqual(first.Value, (await tokens.GetTokenAsync()).Value);
    }

    [Fact]
    public async Task A_thousand_concurrent_reads_all_refused_with_401_cost_at_most_two_mints()
    {
        using var broker = new TestBroker(o => o.Limits[TestBroker.Reads] = [new(100_000, TimeSpan.FromSeconds(1))]);
        var refused = broker.Mock.When(HttpMethod.Get, "https://broker.test/read")
            .Respond(HttpStatusCode.Unauthorized, "application/json", "{\"error\":{\"code\":\"TOKEN_EXPIRED\",\"message\":\"Session expired\"}}");

        // Ten waves of a hundred: each wave starts with whatever token the previous one left behind.
        var outcomes = new List<BrokerAuthenticationException?>();
        for (var wave = 0; wave < 10; wave++)
        {
            outcomes.AddRange(await Task.WhenAll(Enumerable.Range(0, 100).Select(async _ =>
            {
                try
                {
                    await broker.ReadAsync();
                    return null;
                }
                catch (BrokerAuthenticationException ex)
                {
                    return ex;
                }
            })));
        }

        Assert.True(broker.Provider.Mints <= 2, $"{broker.Provider.Mints} mints");
        Assert.All(outcomes, ex =>
        {
            Assert.NotNull(ex);
            Assert.Equal(401, ex.StatusCode);
            Assert.Equal("TOKEN_EXPIRED", ex.BrokerErrorCode);
        });
        Assert.True(broker.Mock.GetMatchCount(refused) <= 2000);
    }

    [Fact]
    public async Task After_the_hold_back_a_rejection_may_mint_again()
    {
        using var broker = new TestBroker();
        broker.Mock.When(HttpMethod.Get, "https://broker.test/read")
            .Respond(HttpStatusCode.Unauthorized, "application/json", "{\"error\":{\"code\":\"TOKEN_EXPIRED\",\"message\":\"Session expired\"}}");
        await Assert.ThrowsAsync<BrokerAuthenticationException>(() => broker.ReadAsync());
        await Assert.ThrowsAsync<BrokerAuthenticationException>(() => broker.ReadAsync());
        var held = broker.Provider.Mints;

        broker.Clock.Advance(TimeSpan.FromMinutes(2));
        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => broker.ReadAsync());

        Assert.Equal(2, held);
        Assert.Equal(3, broker.Provider.Mints);
        Assert.Equal("TOKEN_EXPIRED", ex.BrokerErrorCode);
    }

    [Fact]
    public async Task A_pasted_token_the_broker_refuses_raises_the_brokers_own_status_code_and_message()
    {
        using var broker = new TestBroker(pastedToken: true);
        broker.Mock.When(HttpMethod.Get, "https://broker.test/read")
            .Respond(HttpStatusCode.BadRequest, "application/json", "{\"error\":{\"code\":\"TOKEN_EXPIRED\",\"message\":\"Invalid Token\"}}");

        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => broker.ReadAsync());

        Assert.Equal(400, ex.StatusCode);
        Assert.Equal("TOKEN_EXPIRED", ex.BrokerErrorCode);
        Assert.Equal("Invalid Token", ex.BrokerMessage);
        Assert.True(ex.RequiresHumanAction);
        Assert.Contains("flow cannot renew it automatically", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, broker.Provider.Mints);
    }

    /// <summary>Mints tokens that all expire at the same instant (as Groww's do at 06:00 IST).</summary>
    private sealed class FixedExpiryProvider(DateTimeOffset expiry) : IAccessTokenProvider
    {
        private int _mints;

        public DateTimeOffset Expiry { get; set; } = expiry;

        public int Mints => Volatile.Read(ref _mints);

        public string FlowName => "fixed-expiry";

        public bool CanRenew => true;

        public string RenewalHint => "n/a";

        public Task<AccessToken> GetTokenAsync(CancellationToken cancellationToken) =>
            Task.FromResult(new AccessToken($"token-{Interlocked.Increment(ref _mints)}", Expiry));
    }
}
