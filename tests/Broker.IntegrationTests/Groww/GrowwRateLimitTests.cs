using Broker.Authentication;
using Broker.Groww;
using Broker.IntegrationTests.RateLimiting;
using Broker.RateLimiting;
using Broker.Sandbox;
using Broker.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.IntegrationTests.Groww;

/// <summary>
/// The client's limiter against the sandbox's own record, with both on one fake clock, so what is admitted and when is
/// exact. How close the limiter gets to the limit in real time is measured outside the tests: the <c>limiter-fidelity</c>
/// harness in bench/Broker.Benchmarks (figures in docs/benchmarks.md).
/// </summary>
public class GrowwRateLimitTests
{
    private const int Limit = 20;
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(10);

    [Fact]
    public async Task Sixty_four_concurrent_callers_get_the_whole_window_each_time_it_frees_and_never_more()
    {
        var clock = FakeClock.Create();
        var sandboxOptions = new SandboxOptions { TimeProvider = clock, RateLimitTimeProvider = clock };
        sandboxOptions.Groww.RateLimits[GrowwRateCategories.NonTrading] = [new RateLimitWindow(Limit, TimeSpan.FromSeconds(1)), new RateLimitWindow(500, TimeSpan.FromMinutes(1))];
        await using var sandbox = await BrokerSandbox.StartAsync(sandboxOptions);
        var account = sandboxOptions.Groww.Accounts[0];
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddGrowwClient(o =>
        {
            o.BaseAddress = sandbox.BaseAddress;
            o.Credentials.TotpToken = account.TotpToken;
            o.Credentials.TotpSecret = account.TotpSecret;
            o.RateLimits.NonTrading = $"{Limit}/s, 500/min";
            o.RateLimitSafetyMargin = Margin;
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IGrowwClient>();
        await provider.GetRequiredKeyedService<TokenManager>(GrowwServiceKeys.For()).GetTokenAsync();
        var limiter = provider.GetRequiredKeyedService<BrokerRateLimiter>(GrowwServiceKeys.For());
        const int total = 80;

        var waves = await FakeClockBurst.RunAsync(clock, limiter, GrowwRateLimitCategories.NonTrading, callers: 64, total, ct => client.Portfolio.GetHoldingsAsync(ct));

        // A full window at once, then a full window each time one frees: one window (and the margin) after the last answers.
        var expected = FakeClockBurst.Expected(total, Limit, TimeSpan.FromSeconds(1) + Margin);
        Assert.Equal(expected, waves);
        var record = sandbox.Requests.ForCategory(SandboxBrokers.Groww, GrowwRateCategories.NonTrading);
        Assert.Equal(expected, FakeClockBurst.WavesOf(record));
        Assert.DoesNotContain(record, r => r.RateLimited || r.StatusCode == 429);
        Assert.Equal(Limit, sandbox.Requests.MaxInAnyWindow(SandboxBrokers.Groww, GrowwRateCategories.NonTrading, TimeSpan.FromSeconds(1)));
    }
}
