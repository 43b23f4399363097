using System.Diagnostics.Metrics;
using Broker.Authentication;
using Broker.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Broker.Abstractions.Tests.Authentication;

/// <summary>The token manager with an <see cref="ITokenMintLock"/>: mints single-flight across processes sharing a store.</summary>
public class TokenMintLockTests
{
    private readonly FakeTimeProvider _clock = new();
    private readonly InMemoryAccessTokenStore _store = new();
    private readonly RecordingLock _lock = new();

    [Fact]
    public async Task A_token_another_process_stored_while_this_one_waited_is_taken_instead_of_minting()
    {
        var provider = new MintingProvider(_clock, _lock);
        var tokens = Create(provider);
        await tokens.GetTokenAsync();
        _clock.Advance(TimeSpan.FromHours(2));
        await _store.SetAsync("acct", new AccessToken("from-another-process", _clock.GetUtcNow() + TimeSpan.FromHours(1)), CancellationToken.None);

        var token = await tokens.GetTokenAsync();

        Assert.Equal("from-another-process", token.Value);
        Assert.Equal(1, provider.Mints);
        Assert.Equal(2, _lock.Acquisitions);
    }

    [Fact]
    public async Task A_token_taken_from_the_store_is_not_counted_as_a_mint_of_the_account_allowance()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = services.GetRequiredService<IMeterFactory>();
        using var mints = new MetricCollector<long>(meters, BrokerDiagnostics.MeterName, "broker.token.mints");
        var provider = new MintingProvider(_clock, _lock);
        var tokens = new TokenManager("acct", provider, _store, timeProvider: _clock) { MintLock = _lock, Metrics = new BrokerMetrics(meters) };
        await tokens.GetTokenAsync();
        _clock.Advance(TimeSpan.FromHours(2));
        await _store.SetAsync("acct", new AccessToken("from-another-process", _clock.GetUtcNow() + TimeSpan.FromHours(1)), CancellationToken.None);

        await tokens.GetTokenAsync();

        Assert.Single(mints.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task A_rejected_token_older_than_the_stored_one_is_replaced_by_the_stored_one_which_stays_stored()
    {
        var provider = new MintingProvider(_clock, _lock);
        var tokens = Create(provider);
        var rejected = await tokens.GetTokenAsync();
        var newer = new AccessToken("minted-elsewhere", _clock.GetUtcNow() + TimeSpan.FromHours(1));
        await _store.SetAsync("acct", newer, CancellationToken.None);

        var renewed = await tokens.RenewAsync(rejected);

        Assert.Equal("minted-elsewhere", renewed.Value);
        Assert.Equal(1, provider.Mints);
        Assert.Equal("minted-elsewhere", (await _store.GetAsync("acct", CancellationToken.None))!.Value);
    }

    [Fact]
    public async Task A_mint_happens_while_the_lock_is_held_and_releases_it_after_storing_the_token()
    {
        var provider = new MintingProvider(_clock, _lock);
        var tokens = Create(provider);

        var token = await tokens.GetTokenAsync();

        Assert.True(provider.LockWasHeldDuringEveryMint);
        Assert.Equal(1, _lock.Releases);
        Assert.Equal(token.Value, (await _store.GetAsync("acct", CancellationToken.None))!.Value);
    }

    [Fact]
    public async Task A_rejected_token_that_is_still_the_stored_one_is_replaced_by_one_mint()
    {
        var provider = new MintingProvider(_clock, _lock);
        var tokens = Create(provider);
        var rejected = await tokens.GetTokenAsync();

        var renewed = await tokens.RenewAsync(rejected);

        Assert.NotEqual(rejected.Value, renewed.Value);
        Assert.Equal(2, provider.Mints);
    }

    private TokenManager Create(IAccessTokenProvider provider) =>
        new("acct", provider, _store, timeProvider: _clock) { MintLock = _lock };

    private sealed class RecordingLock : ITokenMintLock
    {
        public int Acquisitions { get; private set; }

        public int Releases { get; private set; }

        public bool IsHeld { get; private set; }

        public Task<IAsyncDisposable> AcquireAsync(string accountKey, CancellationToken cancellationToken)
        {
            Assert.False(IsHeld);
            IsHeld = true;
            Acquisitions++;
            return Task.FromResult<IAsyncDisposable>(new Release(this));
        }

        private sealed class Release(RecordingLock owner) : IAsyncDisposable
        {
            public ValueTask DisposeAsync()
            {
                owner.IsHeld = false;
                owner.Releases++;
                return ValueTask.CompletedTask;
            }
        }
    }

    private sealed class MintingProvider(TimeProvider clock, RecordingLock mintLock) : IAccessTokenProvider
    {
        private int _mints;

        public string FlowName => "test-flow";

        public bool CanRenew => true;

        public string RenewalHint => "none";

        public int Mints => Volatile.Read(ref _mints);

        public bool LockWasHeldDuringEveryMint { get; private set; } = true;

        public Task<AccessToken> GetTokenAsync(CancellationToken cancellationToken)
        {
            LockWasHeldDuringEveryMint &= mintLock.IsHeld;
            var number = Interlocked.Increment(ref _mints);
            return Task.FromResult(new AccessToken($"minted-{number}", clock.GetUtcNow() + TimeSpan.FromHours(1)));
        }
    }
}
