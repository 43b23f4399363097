using Broker.Authentication;
using Broker.Errors;
using Broker.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Broker.Abstractions.Tests.Authentication;

public class TokenManagerTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task Two_hundred_concurrent_callers_with_an_expired_token_cause_exactly_one_mint()
    {
        var provider = new CountingTokenProvider(_clock, TimeSpan.FromHours(1));
        var tokens = new TokenManager("acct", provider, timeProvider: _clock);
        var first = await tokens.GetTokenAsync();
        _clock.Advance(TimeSpan.FromHours(2));
        provider.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The mint is held until every caller has asked, so all 200 overlap it.
        var callers = await CallFromThreadPoolAsync(200, () => tokens.GetTokenAsync());
        Assert.Equal(2, await provider.MintHeld);
        Assert.All(callers, c => Assert.False(c.IsCompleted));
        provider.Gate.SetResult();
        var results = await Task.WhenAll(callers);

        Assert.Equal(2, provider.Mints);
        Assert.All(results, t => Assert.Equal("token-secret-2", t.Value));
        Assert.NotEqual(first.Value, results[0].Value);
    }

    [Fact]
    public async Task Two_hundred_concurrent_renewals_of_a_rejected_token_cause_exactly_one_mint()
    {
        var provider = new CountingTokenProvider(_clock, TimeSpan.FromHours(1));
        var tokens = new TokenManager("acct", provider, timeProvider: _clock);
        var rejected = await tokens.GetTokenAsync();
        provider.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The mint is held until every renewal has been asked for, so all 200 overlap it.
        var renewals = await CallFromThreadPoolAsync(200, () => tokens.RenewAsync(rejected));
        Assert.Equal(2, await provider.MintHeld);
        Assert.All(renewals, r => Assert.False(r.IsCompleted));
        provider.Gate.SetResult();
        var results = await Task.WhenAll(renewals);

        Assert.Equal(2, provider.Mints);
        Assert.All(results, t => Assert.Equal("token-secret-2", t.Value));
    }

    [Fact]
    public async Task A_cached_token_is_reused_without_a_mint()
    {
        var provider = new CountingTokenProvider(_clock, TimeSpan.FromHours(1));
        var tokens = new TokenManager("acct", provider, timeProvider: _clock);

        var a = await tokens.GetTokenAsync();
        _clock.Advance(TimeSpan.FromMinutes(30));
        var b = await tokens.GetTokenAsync();

        Assert.Same(a, b);
        Assert.Equal(1, provider.Mints);
    }

    [Fact]
    public async Task The_token_is_renewed_proactively_the_configured_margin_before_expiry()
    {
        var provider = new CountingTokenProvider(_clock, TimeSpan.FromHours(1));
        var tokens = new TokenManager("acct", provider, options: new TokenManagerOptions { RenewBeforeExpiry = TimeSpan.FromMinutes(5) }, timeProvider: _clock);
        var first = await tokens.GetTokenAsync();

        _clock.Advance(TimeSpan.FromMinutes(54));
        var stillFirst = await tokens.GetTokenAsync();
        Assert.Null(tokens.RenewalInProgress);
        _clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));

        // Inside the margin the valid token keeps serving while its replacement is minted in the background.
        var servedWhileRenewing = await tokens.GetTokenAsync();
        await (tokens.RenewalInProgress ?? Task.CompletedTask);
        var renewed = await tokens.GetTokenAsync();

        Assert.Same(first, stillFirst);
        Assert.Same(first, servedWhileRenewing);
        Assert.NotEqual(first.Value, renewed.Value);
        Assert.Equal(2, provider.Mints);
        Assert.True(first.ExpiresAt > _clock.GetUtcNow(), "renewal must happen before the old token expires");
    }

    [Fact]
    public async Task A_failed_renewal_ahead_of_expiry_is_tried_again_after_a_pause_while_the_token_still_serves()
    {
        var provider = new CountingTokenProvider(_clock, TimeSpan.FromHours(1));
        var tokens = new TokenManager("acct", provider, options: new TokenManagerOptions { RenewBeforeExpiry = TimeSpan.FromMinutes(5) }, timeProvider: _clock);
        var first = await tokens.GetTokenAsync();
        _clock.Advance(TimeSpan.FromMinutes(56));
        provider.FailWith = new HttpRequestException("connection reset");

        Assert.Same(first, await tokens.GetTokenAsync());
        if (tokens.RenewalInProgress is { } failing)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => failing);
        }

        Assert.Same(first, await tokens.GetTokenAsync());
        Assert.Null(tokens.RenewalInProgress);
        Assert.Equal(2, provider.Mints);

        provider.FailWith = null;
        _clock.Advance(TimeSpan.FromSeconds(15));
        Assert.Same(first, await tokens.GetTokenAsync());
        await (tokens.RenewalInProgress ?? Task.CompletedTask);
        var renewed = await tokens.GetTokenAsync();

        Assert.Equal(3, provider.Mints);
        Assert.NotEqual(first.Value, renewed.Value);
    }

    [Fact]
    public async Task A_failed_mint_reaches_every_waiter_and_is_not_cached()
    {
        var provider = new CountingTokenProvider(_clock, TimeSpan.FromHours(1))
        {
            FailWith = new BrokerAuthenticationException("wrong TOTP") { Flow = "test-flow" },
            Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously),
        };
        var tokens = new TokenManager("acct", provider, timeProvider: _clock);

        var waiters = await CallFromThreadPoolAsync(20, () => tokens.GetTokenAsync());
        Assert.Equal(1, await provider.MintHeld);
        provider.Gate.SetResult();
        foreach (var waiter in waiters)
        {
            await Assert.ThrowsAsync<BrokerAuthenticationException>(() => waiter);
        }

        Assert.Equal(1, provider.Mints);
        provider.FailWith = null;
        provider.Gate = null;
        var token = await tokens.GetTokenAsync();

        Assert.Equal(2, provider.Mints);
        Assert.Equal("token-secret-2", token.Value);
    }

    [Fact]
    public async Task An_unexpected_mint_failure_becomes_an_authentication_exception_naming_the_flow()
    {
        var provider = new CountingTokenProvider(_clock, TimeSpan.FromHours(1)) { FailWith = new HttpRequestException("connection refused") };
        var tokens = new TokenManager("acct", provider, timeProvider: _clock);

        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => tokens.GetTokenAsync());

        Assert.Equal("test-flow", ex.Flow);
        Assert.Contains("test-flow", ex.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(ex.InnerException);
    }

    [Fact]
    public async Task A_caller_that_cancels_its_wait_does_not_cancel_the_mint_for_the_others()
    {
        var provider = new CountingTokenProvider(_clock, TimeSpan.FromHours(1))
        {
            Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously),
        };
        var tokens = new TokenManager("acct", provider, timeProvider: _clock);
        using var cts = new CancellationTokenSource();

        var impatient = tokens.GetTokenAsync(cts.Token);
        var patient = tokens.GetTokenAsync();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);
        provider.Gate.SetResult();

        Assert.Equal("token-secret-1", (await patient).Value);
        Assert.Equal(1, provider.Mints);
    }

    [Fact]
    public async Task A_pasted_token_is_used_until_it_expires_and_then_asks_for_a_human()
    {
        var provider = new CountingTokenProvider(_clock, TimeSpan.FromHours(1), canRenew: false);
        var tokens = new TokenManager("acct", provider, timeProvider: _clock);
        var token = await tokens.GetTokenAsync();
        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Same(token, await tokens.GetTokenAsync());

        _clock.Advance(TimeSpan.FromMinutes(2));
        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => tokens.GetTokenAsync());

        Assert.True(ex.RequiresHumanAction);
        Assert.Contains("Generate a new token on the test website.", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Value, ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, provider.Mints);
    }

    [Fact]
    public async Task A_rejected_pasted_token_cannot_be_renewed()
    {
        var provider = new CountingTokenProvider(_clock, TimeSpan.FromHours(1), canRenew: false);
        var tokens = new TokenManager("acct", provider, timeProvider: _clock);
        var token = await tokens.GetTokenAsync();

        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => tokens.RenewAsync(token));

        Assert.True(ex.RequiresHumanAction);
        Assert.Contains("rejected", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_token_in_the_store_is_used_instead_of_minting()
    {
        var store = new InMemoryAccessTokenStore();
        await store.SetAsync("acct", new AccessToken("stored-token-value", _clock.GetUtcNow().AddHours(3)), CancellationToken.None);
        var provider = new CountingTokenProvider(_clock, TimeSpan.FromHours(1));
        var tokens = new TokenManager("acct", provider, store, timeProvider: _clock);

        var token = await tokens.GetTokenAsync();

        Assert.Equal("stored-token-value", token.Value);
        Assert.Equal(0, provider.Mints);
    }

    [Fact]
    public async Task Minted_tokens_are_saved_to_the_store_and_a_rejected_one_is_removed()
    {
        var store = new InMemoryAccessTokenStore();
        var provider = new CountingTokenProvider(_clock, TimeSpan.FromHours(1));
        var tokens = new TokenManager("acct", provider, store, timeProvider: _clock);

        var first = await tokens.GetTokenAsync();
        Assert.Equal(first.Value, (await store.GetAsync("acct", CancellationToken.None))!.Value);
        var second = await tokens.RenewAsync(first);

        Assert.Equal(second.Value, (await store.GetAsync("acct", CancellationToken.None))!.Value);
    }

    [Fact]
    public void AccessToken_ToString_never_shows_the_value()
    {
        var token = new AccessToken("eyJhbGciOiJIUzUxMiJ9.secret-part.signature", new DateTimeOffset(2026, 11, 24, 6, 0, 0, new TimeSpan(5, 30, 0)));

        var text = token.ToString();

        Assert.DoesNotContain("secret-part", text, StringComparison.Ordinal);
        Assert.Contains("2026-11-24 06:00:00 +05:30", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AccessToken_reports_its_remaining_lifetime()
    {
        var token = new AccessToken("value", _clock.GetUtcNow().AddMinutes(90));

        Assert.Equal(TimeSpan.FromMinutes(90), token.RemainingLifetime(_clock.GetUtcNow()));
        Assert.Equal(TimeSpan.Zero, token.RemainingLifetime(_clock.GetUtcNow().AddHours(2)));
        Assert.False(token.IsExpired(_clock.GetUtcNow()));
        Assert.True(token.IsExpired(_clock.GetUtcNow(), TimeSpan.FromMinutes(91)));
    }

    /// <summary>
    /// Makes <paramref name="count"/> calls, each from its own thread-pool work item, and returns their tasks once every
    /// call has been made: from then on each caller is waiting for its answer (or has it).
    /// </summary>
    private static async Task<Task<T>[]> CallFromThreadPoolAsync<T>(int count, Func<Task<T>> call)
    {
        var calls = new Task<T>[count];
        await Task.WhenAll(Enumerable.Range(0, count).Select(i => Task.Run(() => { calls[i] = call(); })));
        return calls;
    }
}
