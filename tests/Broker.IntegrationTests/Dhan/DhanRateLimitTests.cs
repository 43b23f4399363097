using Broker.Authentication;
using Broker.Dhan;
using Broker.Dhan.Historical;
using Broker.IntegrationTests.RateLimiting;
using Broker.RateLimiting;
using Broker.Sandbox;
using Broker.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Broker.IntegrationTests.Dhan;

/// <summary>
/// The client's limiter against the sandbox's own record, with both on one fake clock, so what is admitted and when is
/// exact. How close the limiter gets to the limit in real time is measured outside the tests: the <c>limiter-fidelity</c>
/// harness in bench/Broker.Benchmarks.
/// </summary>
public class DhanRateLimitTests
{
    private const int Callers = 64;
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(10);

    [Fact]
    public async Task Sixty_four_concurrent_callers_get_the_whole_non_trading_window_each_time_it_frees_and_never_more()
    {
        const int limit = 20;
        const int total = 80;
        var window = new RateLimitWindow(limit, TimeSpan.FromSeconds(1));
        await using var h = await FakeClockDhan.StartAsync(DhanRateCategories.NonTrading, window, o => o.RateLimits.NonTrading = window.ToText());

        var waves = await FakeClockBurst.RunAsync(h.Clock, h.Limiter, DhanRateLimitCategories.NonTrading, Callers, total, ct => h.Client.Funds.GetFundLimitAsync(ct));

        h.AssertServerAgrees(waves, DhanRateCategories.NonTrading, FakeClockBurst.Expected(total, limit, window.Window + Margin), window);
    }

    [Fact]
    public async Task Sixty_four_concurrent_data_callers_get_the_whole_short_data_window_each_time_it_frees_and_never_more()
    {
        const int limit = 5;
        const int total = 25;
        var window = new RateLimitWindow(limit, TimeSpan.FromMilliseconds(500));
        await using var h = await FakeClockDhan.StartAsync(DhanRateCategories.Data, window, o => o.RateLimits.Data = window.ToText());
        var today = Broker.Time.IndianTime.Today(h.Sandbox.Clock);
        var request = new DhanDailyCandlesRequest
        {
            SecurityId = DhanOrders.Reliance,
            ExchangeSegment = DhanExchangeSegment.NseEquity,
            Instrument = DhanInstrumentType.Equity,
            FromDate = today.AddDays(-5),
            ToDate = today,
        };

        var waves = await FakeClockBurst.RunAsync(h.Clock, h.Limiter, DhanRateLimitCategories.Data, Callers, total, ct => h.Client.Historical.GetDailyCandlesAsync(request, ct));

        h.AssertServerAgrees(waves, DhanRateCategories.Data, FakeClockBurst.Expected(total, limit, window.Window + Margin), window);
    }

    /// <summary>
    /// A sandbox and a Dhan client (access-token flow, token cached) on one fake clock, sharing one limit for a category:
    /// the sandbox's windows and its record of arrivals run on the same clock as the client's limiter.
    /// </summary>
    private sealed class FakeClockDhan : IAsyncDisposable
    {
        private readonly ServiceProvider _services;

        private FakeClockDhan(FakeTimeProvider clock, BrokerSandbox sandbox, ServiceProvider services)
        {
            Clock = clock;
            Sandbox = sandbox;
            _services = services;
            Client = services.GetRequiredService<IDhanClient>();
            Limiter = services.GetRequiredKeyedService<BrokerRateLimiter>(DhanServiceKeys.For());
        }

        public FakeTimeProvider Clock { get; }

        public BrokerSandbox Sandbox { get; }

        public IDhanClient Client { get; }

        public BrokerRateLimiter Limiter { get; }

        public static async Task<FakeClockDhan> StartAsync(string category, RateLimitWindow window, Action<DhanClientOptions> configure)
        {
            var clock = FakeClock.Create();
            var sandboxOptions = new SandboxOptions { TimeProvider = clock, RateLimitTimeProvider = clock };
            sandboxOptions.Dhan.RateLimits[category] = [window];
            var sandbox = await BrokerSandbox.StartAsync(sandboxOptions);
            var account = sandboxOptions.Dhan.Accounts[0];
            var services = new ServiceCollection();
            services.AddSingleton<TimeProvider>(clock);
            services.AddDhanClient(o =>
            {
                o.Environment = new DhanEnvironment("Broker.Sandbox", sandbox.DhanApiBaseUri, sandbox.DhanAuthBaseUri);
                o.ClientId = account.ClientId;
                o.AuthenticationMode = DhanAuthenticationMode.AccessToken;
                o.AccessToken = account.AccessToken;
                o.RateLimitSafetyMargin = Margin;
                configure(o);
            });
            var provider = services.BuildServiceProvider();
            await provider.GetRequiredKeyedService<TokenManager>(DhanServiceKeys.For()).GetTokenAsync();
            return new FakeClockDhan(clock, sandbox, provider);
        }

        /// <summary>
        /// The limiter admitted <paramref name="expected"/>, the server saw the same waves at the same instants, refused
        /// none, and its busiest window held exactly the limit.
        /// </summary>
        public void AssertServerAgrees(IReadOnlyList<(TimeSpan At, int Admitted)> waves, string category, IReadOnlyList<(TimeSpan At, int Admitted)> expected, RateLimitWindow window)
        {
            Assert.Equal(expected, waves);
            var record = Sandbox.Requests.ForCategory(SandboxBrokers.Dhan, category);
            Assert.Equal(expected, FakeClockBurst.WavesOf(record));
            Assert.DoesNotContain(record, r => r.RateLimited || r.StatusCode == 429);
            Assert.Equal(window.PermitLimit, Sandbox.Requests.MaxInAnyWindow(SandboxBrokers.Dhan, category, window.Window));
        }

        public async ValueTask DisposeAsync()
        {
            await _services.DisposeAsync();
            await Sandbox.DisposeAsync();
        }
    }
}
