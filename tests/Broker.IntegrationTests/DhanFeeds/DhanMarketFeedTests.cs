using Broker.Dhan;
using Broker.Dhan.Feeds;
using Broker.Errors;

namespace Broker.IntegrationTests.DhanFeeds;

/// <summary>The market feed against the sandbox's binary feed over a real loopback WebSocket.</summary>
public sealed class DhanMarketFeedTests
{
    [Fact]
    public async Task Subscribing_receives_the_snapshot_and_ticks_on_price_moves()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        await using var feed = harness.Feeds.CreateMarketFeed();

        await feed.SubscribeAsync([DhanFeedHarness.Reliance], DhanFeedMode.Ticker);
        var previous = await FeedWait.NextAsync<DhanPreviousCloseUpdate>(feed);
        var snapshot = await FeedWait.NextAsync<DhanTickerUpdate>(feed);
        harness.Sandbox.Market.SetPrice("RELIANCE", 1430.15m);
        var tick = await FeedWait.NextAsync<DhanTickerUpdate>(feed);

        Assert.Equal((DhanFeedHarness.Reliance, 1418.20m), (previous.Instrument, previous.PreviousClose));
        Assert.Equal(1425.50m, snapshot.LastPrice);
        Assert.Equal(1430.15m, tick.LastPrice);
        Assert.Equal(TimeSpan.FromHours(5.5), tick.LastTradeTime.Offset);
        Assert.Equal(["NSE_EQ:2885:15"], harness.Sandbox.Feeds.Subscriptions);
    }

    [Fact]
    public async Task Quote_and_full_modes_deliver_their_packets()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        await using var feed = harness.Feeds.CreateMarketFeed();

        await feed.SubscribeAsync([DhanFeedHarness.Reliance], DhanFeedMode.Quote);
        var quote = await FeedWait.NextAsync<DhanQuoteUpdate>(feed);
        await feed.SubscribeAsync([DhanFeedHarness.Tcs], DhanFeedMode.Full);
        var full = await FeedWait.NextAsync<DhanFullUpdate>(feed);

        Assert.Equal((1425.50m, 1418.20m), (quote.LastPrice, quote.Close));
        Assert.Equal(DhanFeedHarness.Tcs, full.Instrument);
        Assert.Equal(5, full.Depth.Count);
        Assert.Equal((3149.95m, 3150.05m), (full.Depth[0].BidPrice, full.Depth[0].AskPrice));
    }

    [Fact]
    public async Task Every_packet_of_frames_carrying_several_packets_reaches_the_consumer_in_order()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        await using var feed = harness.Feeds.CreateMarketFeed();
        harness.Sandbox.Feeds.PacketsPerFrame = 10;
        await feed.SubscribeAsync([DhanFeedHarness.Reliance], DhanFeedMode.Ticker);
        await FeedWait.NextAsync<DhanTickerUpdate>(feed);

        harness.Sandbox.Feeds.SendBurst(30);
        var prices = new List<decimal>();
        for (var i = 0; i < 30; i++)
        {
            prices.Add((await FeedWait.NextAsync<DhanTickerUpdate>(feed)).LastPrice);
        }

        Assert.Equal(Enumerable.Range(0, 30).Select(i => 1000m + (i * 0.01m)), prices);
    }

    [Fact]
    public async Task Truncated_frame_is_reported_and_the_feed_carries_on()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        await using var feed = harness.Feeds.CreateMarketFeed();
        await feed.SubscribeAsync([DhanFeedHarness.Reliance], DhanFeedMode.Ticker);
        await FeedWait.NextAsync<DhanTickerUpdate>(feed);

        harness.Sandbox.Feeds.SendTruncatedFrame();
        var malformed = await FeedWait.NextAsync<DhanMalformedFrame>(feed);
        harness.Sandbox.Market.SetPrice("RELIANCE", 1431.00m);
        var after = await FeedWait.NextAsync<DhanTickerUpdate>(feed, t => t.Instrument == DhanFeedHarness.Reliance);

        Assert.Equal(DhanFeedFrameErrorKind.TruncatedPacket, malformed.Error.Kind);
        Assert.Contains("Truncated frame", malformed.Message, StringComparison.Ordinal);
        Assert.Equal(1431.00m, after.LastPrice);
    }

    [Fact]
    public async Task Packets_whose_length_excludes_the_header_are_all_delivered_and_the_disagreement_reported_once()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        harness.Sandbox.Feeds.LengthExcludesHeader = true;
        harness.Sandbox.Feeds.PacketsPerFrame = 10;
        await using var feed = harness.Feeds.CreateMarketFeed();
        var seen = new List<DhanFeedEvent>();

        await feed.SubscribeAsync([DhanFeedHarness.Reliance], DhanFeedMode.Quote);
        var snapshot = await FeedWait.NextAsync<DhanQuoteUpdate>(feed, seen: seen);
        harness.Sandbox.Market.SetPrice("RELIANCE", 1430.15m);
        var tick = await FeedWait.NextAsync<DhanQuoteUpdate>(feed, q => q.LastPrice == 1430.15m, seen);
        harness.Sandbox.Market.SetPrice("RELIANCE", 1431.00m);
        await FeedWait.NextAsync<DhanQuoteUpdate>(feed, q => q.LastPrice == 1431.00m, seen);

        Assert.Equal((1425.50m, 1418.20m), (snapshot.LastPrice, snapshot.Close));
        Assert.Equal(1430.15m, tick.LastPrice);
        var reported = Assert.Single(seen.OfType<DhanMalformedFrame>());
        Assert.Equal(DhanFeedFrameErrorKind.LengthDisagreesWithLayout, reported.Error.Kind);
        Assert.Contains(seen, e => e is DhanPreviousCloseUpdate);
    }

    [Fact]
    public async Task Unknown_response_code_arrives_as_a_typed_event()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        await using var feed = harness.Feeds.CreateMarketFeed();
        await feed.SubscribeAsync([DhanFeedHarness.Reliance], DhanFeedMode.Ticker);
        await FeedWait.NextAsync<DhanTickerUpdate>(feed);

        harness.Sandbox.Feeds.SendUnknownPacket(99);
        var unknown = await FeedWait.NextAsync<DhanUnknownPacket>(feed);

        Assert.Equal(99, unknown.ResponseCode);
        Assert.Equal(12, unknown.Bytes.Length);
    }

    [Fact]
    public async Task Disconnect_805_is_reported_then_the_feed_reconnects_and_resubscribes()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        await using var feed = harness.Feeds.CreateMarketFeed();
        await feed.SubscribeAsync([DhanFeedHarness.Reliance], DhanFeedMode.Quote);
        await FeedWait.NextAsync<DhanQuoteUpdate>(feed);

        harness.Sandbox.Feeds.SendDisconnect(805);
        var disconnect = await FeedWait.NextAsync<DhanServerDisconnect>(feed);
        await FeedWait.NextAsync<DhanFeedConnectionChanged>(feed, c => c.State == DhanFeedConnectionState.Connected);
        var again = await FeedWait.NextAsync<DhanQuoteUpdate>(feed);

        Assert.Equal(805, disconnect.ReasonCode);
        Assert.False(disconnect.IsAuthenticationFailure);
        Assert.Equal(DhanFeedHarness.Reliance, again.Instrument);
        Assert.Equal(2, harness.Sandbox.Feeds.Connections.Count(c => c.Accepted));
    }

    [Fact]
    public async Task More_than_a_hundred_instruments_are_split_into_messages_the_server_accepts()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        await using var feed = harness.Feeds.CreateMarketFeed();
        var many = Enumerable.Range(100_000, 250).Select(i => new DhanInstrument(DhanExchangeSegment.NseEquity, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

        await feed.SubscribeAsync(many, DhanFeedMode.Ticker);
        await FeedWait.UntilAsync(() => harness.Sandbox.Feeds.Subscriptions.Count == 250);

        Assert.Equal(1, feed.ConnectionCount);
        Assert.Single(harness.Sandbox.Feeds.Connections);
        Assert.False(feed.Events.TryPeek(out var first) && first is DhanServerDisconnect);
    }

    [Fact]
    public async Task Subscriptions_are_sharded_across_connections_and_the_limit_is_refused_before_sending()
    {
        await using var harness = await DhanFeedHarness.StartAsync(o =>
        {
            o.MaxInstrumentsPerConnection = 3;
            o.MaxConnections = 2;
        });
        await using var feed = harness.Feeds.CreateMarketFeed();
        var five = Enumerable.Range(1, 5).Select(i => new DhanInstrument(DhanExchangeSegment.NseEquity, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

        await feed.SubscribeAsync(five, DhanFeedMode.Ticker);
        await FeedWait.UntilAsync(() => harness.Sandbox.Feeds.Subscriptions.Count == 5);
        var refused = await Assert.ThrowsAsync<BrokerValidationException>(() =>
            feed.SubscribeAsync([new DhanInstrument(DhanExchangeSegment.NseEquity, "6"), new DhanInstrument(DhanExchangeSegment.NseEquity, "7")], DhanFeedMode.Ticker));

        Assert.Equal(2, feed.ConnectionCount);
        Assert.Equal(2, harness.Sandbox.Feeds.OpenConnectionCount);
        Assert.Contains("2 connection(s) × 3 instruments", refused.Message, StringComparison.Ordinal);
        Assert.Equal(5, feed.Subscriptions.Count);
    }

    [Fact]
    public async Task Unsubscribing_stops_the_instrument_on_the_server()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        await using var feed = harness.Feeds.CreateMarketFeed();
        await feed.SubscribeAsync([DhanFeedHarness.Reliance, DhanFeedHarness.Tcs], DhanFeedMode.Ticker);
        await FeedWait.UntilAsync(() => harness.Sandbox.Feeds.Subscriptions.Count == 2);

        await feed.UnsubscribeAsync([DhanFeedHarness.Tcs], DhanFeedMode.Ticker);
        await FeedWait.UntilAsync(() => harness.Sandbox.Feeds.Subscriptions.Count == 1);

        Assert.Equal(["NSE_EQ:2885:15"], harness.Sandbox.Feeds.Subscriptions);
        Assert.Equal([new DhanFeedSubscription(DhanFeedHarness.Reliance, DhanFeedMode.Ticker)], feed.Subscriptions);
    }

    [Fact]
    public async Task Segment_without_a_feed_code_is_refused()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        await using var feed = harness.Feeds.CreateMarketFeed();

        var refused = await Assert.ThrowsAsync<BrokerValidationException>(() =>
            feed.SubscribeAsync([new DhanInstrument(DhanExchangeSegment.NseCommodity, "1")], DhanFeedMode.Ticker));

        Assert.Equal("ExchangeSegment", refused.ParameterName);
        Assert.Equal(0, feed.ConnectionCount);
    }
}
