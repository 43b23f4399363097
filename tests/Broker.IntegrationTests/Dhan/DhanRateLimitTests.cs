using System.Globalization;
using Broker.Dhan;
using Broker.Dhan.Historical;
using Broker.RateLimiting;
using Broker.Sandbox;

namespace Broker.IntegrationTests.Dhan;

public class DhanRateLimitTests
{
    private const int Callers = 64;

    [Fact]
    public async Task Sixty_four_concurrent_callers_never_exceed_the_servers_non_trading_window_and_use_at_least_90_percent_of_it()
    {
        const int limit = 20;
        const int total = 80;
        var window = TimeSpan.FromSeconds(1);
        await using var h = await StartAsync(DhanRateCategories.NonTrading, limit, window, o => o.RateLimits.NonTrading = new RateLimitWindow(limit, window).ToText());

        await HammerAsync(total, () => h.Client.Funds.GetFundLimitAsync());

        AssertWithinAndNearTheLimit(h, DhanRateCategories.NonTrading, total, limit, window);
    }

    [Fact]
    public async Task Sixty_four_concurrent_data_callers_never_exceed_a_short_data_window_and_use_at_least_90_percent_of_it()
    {
        const int limit = 5;
        const int total = 25;
        var window = TimeSpan.FromMilliseconds(500);
        await using var h = await StartAsync(DhanRateCategories.Data, limit, window, o => o.RateLimits.Data = new RateLimitWindow(limit, window).ToText());
        var today = Broker.Time.IndianTime.Today(h.Sandbox.Clock);
        var request = new DhanDailyCandlesRequest
        {
            SecurityId = DhanOrders.Reliance,
            ExchangeSegment = DhanExchangeSegment.NseEquity,
            Instrument = DhanInstrumentType.Equity,
            FromDate = today.AddDays(-5),
            ToDate = today,
        };

        await HammerAsync(total, () => h.Client.Historical.GetDailyCandlesAsync(request));

        AssertWithinAndNearTheLimit(h, DhanRateCategories.Data, total, limit, window);
    }

    /// <summary>
    /// A harness whose client and sandbox share one limit for <paramref name="category"/>, with the token minted and
    /// <see cref="Callers"/> connections opened beforehand (through quote calls with a high limit), so that neither the mint
    /// nor connection setup is part of the measured run.
    /// </summary>
    private static async Task<DhanSandboxHarness> StartAsync(string category, int limit, TimeSpan window, Action<DhanClientOptions> configure)
    {
        var h = await DhanSandboxHarness.StartAsync(
            configure: o =>
            {
                o.RateLimits.Quote = "1000/s";
                configure(o);
            },
            configureSandbox: s =>
            {
                s.Dhan.RateLimits[DhanRateCategories.Quote] = [new RateLimitWindow(1000, TimeSpan.FromSeconds(1))];
                s.Dhan.RateLimits[category] = [new RateLimitWindow(limit, window)];
            });
        var tcs = new DhanInstrument(DhanExchangeSegment.NseEquity, DhanOrders.Tcs);
        await h.Client.MarketQuote.GetLtpAsync([tcs]);
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => h.Client.MarketQuote.GetLtpAsync([tcs])));
        return h;
    }

    private static Task HammerAsync<T>(int total, Func<Task<T>> call)
    {
        var remaining = total;
        return Task.WhenAll(Enumerable.Range(0, Callers).Select(async _ =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                await call();
            }
        }));
    }

    private static void AssertWithinAndNearTheLimit(DhanSandboxHarness h, string category, int total, int limit, TimeSpan window)
    {
        var record = h.Sandbox.Requests.ForCategory(SandboxBrokers.Dhan, category);
        var arrivals = record.Select(r => r.Elapsed).Order().ToArray();
        var timeline = string.Join(", ", arrivals.Select(a => (a - arrivals[0]).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)));
        Assert.True(record.Count == total, $"{record.Count} requests reached the server (retries after 429?): {timeline}");
        Assert.DoesNotContain(record, r => r.RateLimited || r.StatusCode == 429);
        Assert.True(h.Sandbox.Requests.MaxInAnyWindow(SandboxBrokers.Dhan, category, window) <= limit, timeline);

        // The first window is a free burst of `limit` requests; each later request needs the window to slide, so the
        // rate the limit allows over the run is (total - limit) / (last arrival - first arrival). Server-side arrivals
        // only, after the warm-up, so the token mint and connection setup are outside the measurement.
        var span = arrivals[^1] - arrivals[0];
        var achieved = (total - limit) / span.TotalSeconds;
        var allowed = limit / window.TotalSeconds;
        Assert.True(achieved >= 0.9 * allowed, string.Create(CultureInfo.InvariantCulture, $"achieved {achieved:0.0}/s of {allowed:0.0}/s over {span.TotalMilliseconds:0} ms: {timeline}"));
    }
}
