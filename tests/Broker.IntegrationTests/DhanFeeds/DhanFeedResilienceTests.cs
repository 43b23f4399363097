using Broker.Dhan.Feeds;
using Broker.Errors;

namespace Broker.IntegrationTests.DhanFeeds;

/// <summary>Reconnects, fresh tokens, resubscription, slow consumers, authentication failures and disposal, over real sockets.</summary>
public sealed class DhanFeedResilienceTests
{
    [Fact]
    public async Task Token_expiry_disconnect_reconnects_with_a_new_token_and_resubscribes_everything()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        await using var feed = harness.Feeds.CreateMarketFeed();
        await feed.SubscribeAsync([DhanFeedHarness.Reliance, DhanFeedHarness.Tcs], DhanFeedMode.Quote);
        await FeedWait.NextAsync<DhanQuoteUpdate>(feed);
        var firstToken = harness.Tokens.CurrentToken!.Value;

        // A fresh TOTP step, so the PIN + TOTP renewal need not wait for an unused code.
        harness.Sandbox.Clock.Advance(TimeSpan.FromSeconds(30));
        harness.Sandbox.Feeds.SendDisconnect(807);
        var disconnect = await FeedWait.NextAsync<DhanServerDisconnect>(feed);
        await FeedWait.NextAsync<DhanFeedConnectionChanged>(feed, c => c.State == DhanFeedConnectionState.Connected);
        await FeedWait.NextAsync<DhanQuoteUpdate>(feed);
        await FeedWait.UntilAsync(() => harness.Sandbox.Feeds.Subscriptions.Count == 2);

        Assert.True(disconnect.IsAuthenticationFailure);
        var accepted = harness.Sandbox.Feeds.Connections.Where(c => c.Accepted).ToList();
        Assert.Equal(2, accepted.Count);
        Assert.Equal(firstToken, accepted[0].AccessToken);
        Assert.NotEqual(firstToken, accepted[1].AccessToken);
        Assert.Equal(harness.Tokens.CurrentToken!.Value, accepted[1].AccessToken);
        Assert.Equal(["NSE_EQ:11536:17", "NSE_EQ:2885:17"], harness.Sandbox.Feeds.Subscriptions);
    }

    [Fact]
    public async Task Dropped_connection_reconnects_with_the_current_token_and_resubscribes()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        await using var feed = harness.Feeds.CreateMarketFeed();
        await feed.SubscribeAsync([DhanFeedHarness.Reliance], DhanFeedMode.Ticker);
        await FeedWait.NextAsync<DhanTickerUpdate>(feed);

        harness.Sandbox.Feeds.DropConnections();
        var closed = await FeedWait.NextAsync<DhanFeedConnectionChanged>(feed, c => c.State == DhanFeedConnectionState.Disconnected);
        await FeedWait.NextAsync<DhanFeedConnectionChanged>(feed, c => c.State == DhanFeedConnectionState.Connected);
        harness.Sandbox.Market.SetPrice("RELIANCE", 1440.00m);
        var tick = await FeedWait.NextAsync<DhanTickerUpdate>(feed, t => t.LastPrice == 1440.00m);

        Assert.NotNull(closed.Detail);
        var accepted = harness.Sandbox.Feeds.Connections.Where(c => c.Accepted).Select(c => c.AccessToken).ToList();
        Assert.Equal(2, accepted.Count);
        Assert.Equal(accepted[0], accepted[1]);
        Assert.Equal(DhanFeedHarness.Reliance, tick.Instrument);
    }

    [Fact]
    public async Task Repeated_authentication_failures_end_the_feed_with_a_typed_exception()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        harness.Sandbox.Feeds.RejectAllTokens = true;
        var tokens = new MintingTokenProvider();
        await using var feed = harness.FactoryWith(tokens, o => o.MaxConsecutiveAuthenticationFailures = 3).CreateMarketFeed();

        await feed.SubscribeAsync([DhanFeedHarness.Reliance], DhanFeedMode.Ticker);
        var failure = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => feed.Completion.WaitAsync(FeedWait.Guard));
        var reading = await Assert.ThrowsAsync<BrokerAuthenticationException>(async () =>
        {
            await foreach (var _ in feed.ReadAllAsync())
            {
            }
        });

        Assert.Same(failure, reading);
        Assert.Contains("3 times in a row", failure.Message, StringComparison.Ordinal);
        Assert.Equal("808", failure.BrokerErrorCode);
        var attempts = harness.Sandbox.Feeds.Connections;
        Assert.Equal(3, attempts.Count);
        Assert.Equal(["t1", "t2", "t3"], attempts.Select(a => a.AccessToken));
        Assert.DoesNotContain("t3", failure.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<BrokerAuthenticationException>(() => feed.SubscribeAsync([DhanFeedHarness.Tcs], DhanFeedMode.Ticker));
    }

    [Fact]
    public async Task Slow_consumer_with_drop_oldest_keeps_the_latest_ticks_and_counts_the_drops()
    {
        await using var harness = await DhanFeedHarness.StartAsync(o =>
        {
            o.ChannelCapacity = 8;
            o.OverflowPolicy = DhanFeedOverflowPolicy.DropOldest;
        });
        await using var feed = harness.Feeds.CreateMarketFeed();
        await feed.SubscribeAsync([DhanFeedHarness.Reliance], DhanFeedMode.Ticker);
        await FeedWait.UntilAsync(() => feed.Events.Count == 3);

        harness.Sandbox.Feeds.SendBurst(500);

        // Connected + previous close + snapshot tick + 500 ticks into a buffer of 8.
        await FeedWait.UntilAsync(() => feed.DroppedEventCount == 495);
        var kept = new List<DhanFeedEvent>();
        while (feed.Events.TryRead(out var e))
        {
            kept.Add(e);
        }

        Assert.Equal(8, kept.Count);
        Assert.Equal(1004.99m, ((DhanTickerUpdate)kept[^1]).LastPrice);
        Assert.Equal(1004.92m, ((DhanTickerUpdate)kept[0]).LastPrice);
    }

    [Fact]
    public async Task Slow_consumer_with_drop_newest_keeps_the_oldest_events_and_counts_the_drops()
    {
        await using var harness = await DhanFeedHarness.StartAsync(o =>
        {
            o.ChannelCapacity = 8;
            o.OverflowPolicy = DhanFeedOverflowPolicy.DropNewest;
        });
        await using var feed = harness.Feeds.CreateMarketFeed();
        await feed.SubscribeAsync([DhanFeedHarness.Reliance], DhanFeedMode.Ticker);
        await FeedWait.UntilAsync(() => feed.Events.Count == 3);

        harness.Sandbox.Feeds.SendBurst(100);
        await FeedWait.UntilAsync(() => feed.DroppedEventCount == 95);

        Assert.True(feed.Events.TryRead(out var first));
        Assert.IsType<DhanFeedConnectionChanged>(first);
        Assert.Equal(7, feed.Events.Count);
    }

    [Fact]
    public async Task Dispose_finishes_on_a_frozen_socket_and_completes_the_reader()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        var feed = harness.Feeds.CreateMarketFeed();
        await feed.SubscribeAsync([DhanFeedHarness.Reliance], DhanFeedMode.Ticker);
        await FeedWait.NextAsync<DhanTickerUpdate>(feed);
        harness.Sandbox.Feeds.FreezeConnections();

        await feed.DisposeAsync().AsTask().WaitAsync(FeedWait.Guard);

        Assert.True(feed.Completion.IsCompletedSuccessfully);
        while (feed.Events.TryRead(out _))
        {
        }

        Assert.True(feed.Events.Completion.IsCompleted);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => feed.SubscribeAsync([DhanFeedHarness.Tcs], DhanFeedMode.Ticker));
    }

    [Fact]
    public async Task With_account_token_renewal_off_a_refused_feed_stops_without_minting()
    {
        await using var harness = await DhanFeedHarness.StartAsync(o => o.RenewAccountTokenOnRefusal = false);
        await using var feed = harness.Feeds.CreateMarketFeed();
        await feed.SubscribeAsync([DhanFeedHarness.Reliance], DhanFeedMode.Ticker);
        await FeedWait.NextAsync<DhanTickerUpdate>(feed);

        harness.Sandbox.Feeds.SendDisconnect(807);
        var failure = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => feed.Completion.WaitAsync(FeedWait.Guard));

        Assert.Equal(1, harness.Tokens.MintCount);
        Assert.Single(harness.Sandbox.Feeds.Connections);
        Assert.Equal(("Dhan", "807"), (failure.Broker, failure.BrokerErrorCode));
        Assert.Contains("RenewAccountTokenOnRefusal is off", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Tokens.CurrentToken!.Value, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_account_token_renewal_off_a_refused_feed_reconnects_with_a_token_renewed_elsewhere()
    {
        await using var harness = await DhanFeedHarness.StartAsync(o => o.RenewAccountTokenOnRefusal = false);
        await using var feed = harness.Feeds.CreateMarketFeed();
        await feed.SubscribeAsync([DhanFeedHarness.Reliance], DhanFeedMode.Ticker);
        await FeedWait.NextAsync<DhanTickerUpdate>(feed);
        var first = harness.Tokens.CurrentToken!;

        // The REST side renews the account's token (a fresh TOTP step first), superseding the feed's.
        harness.Sandbox.Clock.Advance(TimeSpan.FromSeconds(30));
        var renewed = await harness.Tokens.RenewAsync(first);
        harness.Sandbox.Feeds.SendDisconnect(809);
        await FeedWait.NextAsync<DhanServerDisconnect>(feed);
        await FeedWait.NextAsync<DhanFeedConnectionChanged>(feed, c => c.State == DhanFeedConnectionState.Connected);
        await FeedWait.NextAsync<DhanTickerUpdate>(feed);

        Assert.Equal(2, harness.Tokens.MintCount);
        Assert.False(feed.Completion.IsCompleted);
        Assert.Equal([first.Value, renewed.Value], harness.Sandbox.Feeds.Connections.Where(c => c.Accepted).Select(c => c.AccessToken));
    }
}
