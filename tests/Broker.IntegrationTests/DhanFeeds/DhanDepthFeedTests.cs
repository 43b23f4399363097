using Broker.Dhan;
using Broker.Dhan.Feeds;
using Broker.Errors;

namespace Broker.IntegrationTests.DhanFeeds;

/// <summary>20- and 200-level depth against the sandbox's depth sockets.</summary>
public sealed class DhanDepthFeedTests
{
    [Fact]
    public async Task Twenty_level_subscription_delivers_both_sides_with_float64_prices()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        await using var feed = harness.Feeds.CreateDepthFeed(DhanDepthFeedKind.TwentyLevel);

        await feed.SubscribeAsync([DhanFeedHarness.Reliance]);
        var bid = await FeedWait.NextAsync<DhanDepthUpdate>(feed, d => d.Side == DhanDepthSide.Bid);
        var ask = await FeedWait.NextAsync<DhanDepthUpdate>(feed, d => d.Side == DhanDepthSide.Ask);

        Assert.Equal(20, bid.Levels.Count);
        Assert.Equal(new DhanDepthEntry(1425.45m, 50, 1), bid.Levels[0]);
        Assert.Equal(1426.50m, ask.Levels[19].Price);
        Assert.Equal(["NSE_EQ:2885:23"], harness.Sandbox.Feeds.Subscriptions);
    }

    [Fact]
    public async Task Two_hundred_level_uses_one_connection_per_instrument()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        await using var feed = harness.Feeds.CreateDepthFeed(DhanDepthFeedKind.TwoHundredLevel);

        await feed.SubscribeAsync([DhanFeedHarness.Reliance, DhanFeedHarness.Tcs]);
        var update = await FeedWait.NextAsync<DhanDepthUpdate>(feed);
        await FeedWait.UntilAsync(() => harness.Sandbox.Feeds.Subscriptions.Count == 2);

        Assert.Equal(50, update.Levels.Count);
        Assert.Equal(50u, update.SequenceOrRowCount);
        Assert.Equal(2, harness.Sandbox.Feeds.OpenConnectionCount);
    }

    [Fact]
    public async Task Depth_outside_nse_cash_and_fno_is_refused()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        await using var feed = harness.Feeds.CreateDepthFeed(DhanDepthFeedKind.TwentyLevel);

        await Assert.ThrowsAsync<BrokerValidationException>(() => feed.SubscribeAsync([new DhanInstrument(DhanExchangeSegment.Index, "13")]));
    }
}
