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

    [Fact]
    public async Task Two_hundred_level_refusing_an_api_minted_token_stops_at_once_asking_for_a_dhan_web_token()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        harness.Sandbox.Feeds.TwoHundredDepthRefusesAppTokens = true;
        await using var feed = harness.Feeds.CreateDepthFeed(DhanDepthFeedKind.TwoHundredLevel);

        await feed.SubscribeAsync([DhanFeedHarness.Reliance]);
        var failure = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => feed.Completion.WaitAsync(FeedWait.Guard));

        var token = harness.Tokens.CurrentToken!.Value;
        Assert.Single(harness.Sandbox.Feeds.Connections);
        Assert.Equal(1, harness.Tokens.MintCount);
        Assert.True(failure.RequiresHumanAction);
        Assert.Equal(("Dhan", "808"), (failure.Broker, failure.BrokerErrorCode));
        Assert.Contains("generated on Dhan Web", failure.Message, StringComparison.Ordinal);
        Assert.Contains("tokenConsumerType \"APP\"", failure.Message, StringComparison.Ordinal);
        Assert.Contains("tokenConsumerType \"SELF\"", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_hundred_level_accepts_a_dhan_web_token_where_api_tokens_are_refused()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        harness.Sandbox.Feeds.TwoHundredDepthRefusesAppTokens = true;
        var web = new ScriptedTokenProvider(_ => harness.Sandbox.Dhan.DefaultAccount.ActiveAccessToken!);
        await using var feed = harness.FactoryWith(web).CreateDepthFeed(DhanDepthFeedKind.TwoHundredLevel);

        await feed.SubscribeAsync([DhanFeedHarness.Reliance]);
        var update = await FeedWait.NextAsync<DhanDepthUpdate>(feed);

        Assert.Equal(DhanFeedHarness.Reliance, update.Instrument);
        Assert.True(Assert.Single(harness.Sandbox.Feeds.Connections).Accepted);
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 3)]
    public async Task Web_token_check_decides_whether_a_refused_api_token_is_renewed_on_two_hundred_level(bool requireWebToken, int attempts)
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        var api = new ScriptedTokenProvider(n => ScriptedTokenProvider.Jwt("APP", n));
        await using var feed = harness.FactoryWith(api, o => o.TwoHundredDepthRequiresWebToken = requireWebToken).CreateDepthFeed(DhanDepthFeedKind.TwoHundredLevel);

        await feed.SubscribeAsync([DhanFeedHarness.Reliance]);
        var failure = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => feed.Completion.WaitAsync(FeedWait.Guard));

        Assert.Equal(attempts, harness.Sandbox.Feeds.Connections.Count);
        Assert.Equal(attempts, api.Minted);
        Assert.Equal(requireWebToken, failure.Message.Contains("Dhan Web", StringComparison.Ordinal));
    }
}
