using Broker.Authentication;
using Broker.Errors;
using Broker.Time;
using Microsoft.Extensions.Time.Testing;

namespace Broker.Abstractions.Tests.Authentication;

/// <summary>
/// Renewal ahead of expiry spends at most one mint per token, whatever the margin: a token minted inside the margin
/// (every Groww token expires at 06:00 IST, so one minted at 05:00 has an hour of life) is used until it expires, and
/// a renewal ahead the broker refused is not tried again before the token expires.
/// </summary>
public class RenewAheadRuleTests
{
    private static readonly DateTimeOffset FiveAmIst = new(2026, 12, 7, 5, 0, 0, IndianTime.Offset);
    private static readonly DateTimeOffset SixAmIst = new(2026, 12, 7, 6, 0, 0, IndianTime.Offset);

    private readonly FakeTimeProvider _clock = new(FiveAmIst);

    /// <summary>Margins and the mints they cost from 05:00 to 05:59:30: a 5-minute margin renews the 05:00 token once at 05:55 (its replacement is born inside the margin and serves until 06:00); a margin of an hour or more finds the 05:00 token inside it from birth.</summary>
    public static TheoryData<int, int> MarginsInMinutes => new() { { 5, 2 }, { 60, 1 }, { 90, 1 }, { 180, 1 } };

    [Theory]
    [MemberData(nameof(MarginsInMinutes))]
    public async Task Between_05_00_and_06_00_IST_no_token_is_renewed_twice_whatever_the_margin(int marginMinutes, int expectedMints)
    {
        var provider = new SixAmProvider(_clock);
        var tokens = new TokenManager("acct", provider, options: new TokenManagerOptions { RenewBeforeExpiry = TimeSpan.FromMinutes(marginMinutes) }, timeProvider: _clock);

        while (_clock.GetUtcNow() < SixAmIst - TimeSpan.FromSeconds(30))
        {
            await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => tokens.GetTokenAsync())));
            await (tokens.RenewalInProgress ?? Task.CompletedTask);
            _clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(expectedMints, provider.Mints);
    }

    [Fact]
    public async Task After_06_00_IST_the_next_token_is_minted_once()
    {
        var provider = new SixAmProvider(_clock);
        var tokens = new TokenManager("acct", provider, options: new TokenManagerOptions { RenewBeforeExpiry = TimeSpan.FromHours(1) }, timeProvider: _clock);
        var first = await tokens.GetTokenAsync();

        _clock.Advance(TimeSpan.FromMinutes(60) + TimeSpan.FromSeconds(5));
        var after = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => tokens.GetTokenAsync())));
        await (tokens.RenewalInProgress ?? Task.CompletedTask);
        await tokens.GetTokenAsync();

        Assert.Equal(2, provider.Mints);
        Assert.All(after, t => Assert.Equal(SixAmIst.AddDays(1), t.ExpiresAt));
        Assert.NotEqual(first.Value, after[0].Value);
    }

    [Fact]
    public async Task A_token_that_entered_the_margin_during_its_life_is_renewed_ahead_once()
    {
        // Minted at 05:00 the day before: a day of life, then the margin is reached at 05:00 on the day it expires.
        var provider = new SixAmProvider(_clock);
        var tokens = new TokenManager("acct", provider, options: new TokenManagerOptions { RenewBeforeExpiry = TimeSpan.FromHours(1) }, timeProvider: _clock);
        _clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        var first = await tokens.GetTokenAsync();
        _clock.Advance(TimeSpan.FromHours(23));

        Assert.Same(first, await tokens.GetTokenAsync());
        await (tokens.RenewalInProgress ?? Task.CompletedTask);
        for (var i = 0; i < 10; i++)
        {
            Assert.NotSame(first, await tokens.GetTokenAsync());
            await (tokens.RenewalInProgress ?? Task.CompletedTask);
            _clock.Advance(TimeSpan.FromMinutes(5));
        }

        Assert.Equal(2, provider.Mints);
    }

    [Fact]
    public async Task A_renewal_ahead_the_broker_refused_is_not_tried_again_before_the_token_expires()
    {
        var provider = new SixAmProvider(_clock);
        var tokens = new TokenManager("acct", provider, options: new TokenManagerOptions { RenewBeforeExpiry = TimeSpan.FromMinutes(10) }, timeProvider: _clock);
        _clock.Advance(TimeSpan.FromHours(2));
        var first = await tokens.GetTokenAsync();
        _clock.Advance(TimeSpan.FromHours(22) + TimeSpan.FromMinutes(55));
        provider.Refuse = true;

        for (var i = 0; i < 20; i++)
        {
            Assert.Same(first, await tokens.GetTokenAsync());
            if (tokens.RenewalInProgress is { } renewal)
            {
                await Assert.ThrowsAsync<BrokerAuthenticationException>(() => renewal);
            }

            _clock.Advance(TimeSpan.FromSeconds(15));
        }

        Assert.Equal(2, provider.Mints);
    }

    /// <summary>Mints tokens that expire at the next 06:00 IST, as Groww's do.</summary>
    private sealed class SixAmProvider(TimeProvider clock) : IAccessTokenProvider
    {
        private int _mints;

        public int Mints => Volatile.Read(ref _mints);

        public bool Refuse { get; set; }

        public string FlowName => "totp";

        public bool CanRenew => true;

        public string RenewalHint => "n/a";

        public Task<AccessToken> GetTokenAsync(CancellationToken cancellationToken)
        {
            var n = Interlocked.Increment(ref _mints);
            if (Refuse)
            {
                throw new BrokerAuthenticationException("Invalid TOTP.") { StatusCode = 400 };
            }

            return Task.FromResult(new AccessToken($"token-{n}", IndianTime.NextOccurrence(clock.GetUtcNow(), new TimeOnly(6, 0))));
        }
    }
}
