using System.Globalization;
using Broker.Sandbox;

namespace Broker.IntegrationTests.Groww;

public class GrowwRateLimitTests
{
    private const int Limit = 20;

    [Fact]
    public async Task Sixty_four_concurrent_callers_never_exceed_the_servers_window_and_use_at_least_90_percent_of_it()
    {
        await using var h = await GrowwSandboxHarness.StartAsync(configure: o => o.RateLimits.NonTrading = $"{Limit}/s, 500/min");

        // Warm both ends (token, connection, first-call costs), then let that window empty before measuring.
        await h.Client.Portfolio.GetHoldingsAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(1100));
        h.Sandbox.Requests.Clear();
        const int total = 80;
        var remaining = total;

        await Task.WhenAll(Enumerable.Range(0, 64).Select(async _ =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                await h.Client.Portfolio.GetHoldingsAsync();
            }
        }));

        var record = h.Sandbox.Requests.ForCategory(SandboxBrokers.Groww, GrowwRateCategories.NonTrading);
        Assert.Equal(total, record.Count);
        Assert.DoesNotContain(record, r => r.RateLimited || r.StatusCode == 429);
        Assert.True(h.Sandbox.Requests.MaxInAnyWindow(SandboxBrokers.Groww, GrowwRateCategories.NonTrading, TimeSpan.FromSeconds(1)) <= Limit);

        // At the limit, 80 requests need 3 full windows after the first burst: that span is 100%.
        var arrivals = record.Select(r => r.Elapsed).Order().ToArray();
        var fastestPossible = TimeSpan.FromSeconds((total / Limit) - 1);
        var achieved = fastestPossible / (arrivals[^1] - arrivals[0]);
        Assert.True(
            achieved >= 0.9,
            $"achieved {achieved:P0} of the limit; arrivals (ms): {string.Join(", ", arrivals.Select(a => (a - arrivals[0]).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)))}");
    }
}
