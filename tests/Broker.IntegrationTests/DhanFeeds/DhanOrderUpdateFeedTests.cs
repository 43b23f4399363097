using Broker.Dhan;
using Broker.Dhan.Feeds;
using Broker.Dhan.Orders;
using Broker.Errors;
using Broker.Sandbox;

namespace Broker.IntegrationTests.DhanFeeds;

/// <summary>The order-update socket: login, typed updates as sandbox orders change, authentication failure.</summary>
public sealed class DhanOrderUpdateFeedTests
{
    [Fact]
    public async Task Placed_order_and_its_fill_arrive_as_typed_updates()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        await using var feed = harness.Feeds.CreateOrderUpdateFeed();
        await FeedWait.UntilAsync(() => harness.Sandbox.Feeds.Connections.Any(c => c.Kind == SandboxFeedKind.OrderUpdate && c.Accepted));

        var placed = await harness.Client.Orders.PlaceOrderAsync(new DhanPlaceOrderRequest
        {
            SecurityId = "2885",
            ExchangeSegment = DhanExchangeSegment.NseEquity,
            TransactionType = DhanTransactionType.Buy,
            Quantity = 5,
            OrderType = DhanOrderType.Limit,
            ProductType = DhanProductType.Intraday,
            Price = 1400.00m,
            CorrelationId = "feed-test-1",
        });
        var pending = await FeedWait.NextAsync<DhanOrderUpdate>(feed);
        harness.Sandbox.Market.SetPrice("RELIANCE", 1399.00m);
        var traded = await FeedWait.NextAsync<DhanOrderUpdate>(feed, u => u.Status == DhanOrderStatus.Traded);

        Assert.Equal(placed.OrderId, pending.OrderId);
        Assert.Equal(DhanOrderStatus.Pending, pending.Status);
        Assert.Equal("Pending", pending.RawStatus);
        Assert.Equal(DhanTransactionType.Buy, pending.TransactionType);
        Assert.Equal(DhanProductType.Intraday, pending.ProductType);
        Assert.Equal(DhanOrderType.Limit, pending.OrderType);
        Assert.Equal((5L, 1400.00m, "feed-test-1"), (pending.Quantity, pending.Price, pending.CorrelationId));
        Assert.Equal((5L, 0L), (traded.TradedQuantity, traded.RemainingQuantity));
        Assert.Equal(TimeSpan.FromHours(5.5), traded.LastUpdatedTime!.Value.Offset);
    }

    [Fact]
    public async Task Refused_login_ends_the_feed_after_the_allowed_failures()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        harness.Sandbox.Feeds.RejectAllTokens = true;
        await using var feed = harness.FactoryWith(new MintingTokenProvider(), o => o.MaxConsecutiveAuthenticationFailures = 2).CreateOrderUpdateFeed();

        var failure = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => feed.Completion.WaitAsync(FeedWait.Guard));

        Assert.Equal(2, harness.Sandbox.Feeds.Connections.Count);
        Assert.Contains("order-update feed", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Close_right_after_login_without_a_message_counts_as_an_authentication_failure()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        harness.Sandbox.Feeds.OrderUpdateClosesAfterLogin = true;
        var tokens = new ScriptedTokenProvider(_ => harness.Sandbox.Dhan.DefaultAccount.ActiveAccessToken!);
        await using var feed = harness.FactoryWith(tokens, o => o.MaxConsecutiveAuthenticationFailures = 2).CreateOrderUpdateFeed();

        var failure = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => feed.Completion.WaitAsync(FeedWait.Guard));

        Assert.Contains("2 times in a row", failure.Message, StringComparison.Ordinal);
        Assert.Equal(2, tokens.Minted);
        var attempts = harness.Sandbox.Feeds.Connections;
        Assert.Equal(2, attempts.Count);
        Assert.All(attempts, a => Assert.True(a.Accepted));
    }

    [Fact]
    public async Task With_the_silent_close_window_off_a_close_right_after_login_is_an_ordinary_disconnect()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        harness.Sandbox.Feeds.OrderUpdateClosesAfterLogin = true;
        var tokens = new ScriptedTokenProvider(_ => harness.Sandbox.Dhan.DefaultAccount.ActiveAccessToken!);
        await using var feed = harness.FactoryWith(tokens, o =>
        {
            o.MaxConsecutiveAuthenticationFailures = 2;
            o.OrderUpdateSilentCloseAuthFailureWindow = TimeSpan.Zero;
        }).CreateOrderUpdateFeed();

        await FeedWait.UntilAsync(() => harness.Sandbox.Feeds.Connections.Count >= 3);

        Assert.False(feed.Completion.IsCompleted);
        Assert.Equal(1, tokens.Minted);
    }

    [Fact]
    public async Task Close_after_the_silent_close_window_reconnects_with_the_same_token()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        var tokens = new ScriptedTokenProvider(_ => harness.Sandbox.Dhan.DefaultAccount.ActiveAccessToken!);
        await using var feed = harness.FactoryWith(tokens, o => o.MaxConsecutiveAuthenticationFailures = 1).CreateOrderUpdateFeed();
        await FeedWait.UntilAsync(() => harness.Sandbox.Feeds.Connections.Any(c => c.Accepted));

        harness.Sandbox.Clock.Advance(TimeSpan.FromSeconds(3));
        harness.Sandbox.Feeds.CloseOrderUpdateConnections();
        var closed = await FeedWait.NextAsync<DhanFeedConnectionChanged>(feed, c => c.State == DhanFeedConnectionState.Disconnected);
        await FeedWait.NextAsync<DhanFeedConnectionChanged>(feed, c => c.State == DhanFeedConnectionState.Connected);
        await FeedWait.UntilAsync(() => harness.Sandbox.Feeds.Connections.Count(c => c.Accepted) == 2);

        Assert.Contains("closed by the server", closed.Detail, StringComparison.Ordinal);
        Assert.False(feed.Completion.IsCompleted);
        Assert.Equal(1, tokens.Minted);
        var accepted = harness.Sandbox.Feeds.Connections.Select(c => c.AccessToken).ToList();
        Assert.Equal(accepted[0], accepted[1]);
    }
}
