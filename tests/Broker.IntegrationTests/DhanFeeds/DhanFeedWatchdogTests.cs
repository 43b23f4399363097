using Broker.Authentication;
using Broker.Dhan.Feeds;
using Broker.Sandbox;
using Broker.Testing;

namespace Broker.IntegrationTests.DhanFeeds;

/// <summary>The stall watchdog on a fake clock (the sockets are real; only the watchdog's time is driven).</summary>
public sealed class DhanFeedWatchdogTests
{
    // 2026-11-23 is a Monday; 04:30Z is 10:00 IST, 14:00Z is 19:30 IST.
    private static readonly DateTimeOffset MondayTenIst = new(2026, 11, 23, 4, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MondayEveningIst = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    private static async Task<(BrokerSandbox Sandbox, DhanFeedFactory Feeds)> StartAsync(FakeTimeProvider clock)
    {
        var options = new SandboxOptions();
        var sandbox = await BrokerSandbox.StartAsync(options);
        var token = sandbox.Dhan.DefaultAccount.ActiveAccessToken!;
        var tokens = new TokenManager("watchdog", new FixedTokenProvider(token), timeProvider: clock);
        var feeds = new DhanFeedFactory(new DhanFeedOptions { ClientId = options.Dhan.Accounts[0].ClientId }, tokens, clock);
        return (sandbox, feeds);
    }

    private static void Configure(DhanFeedOptions o, BrokerSandbox sandbox)
    {
        DhanFeedHarness.Point(o, sandbox);
        o.StallTimeout = TimeSpan.FromSeconds(10);
        o.ReconnectBaseDelay = TimeSpan.Zero;
    }

    [Fact]
    public async Task Silent_connection_during_market_hours_is_reported_and_replaced_and_data_resumes()
    {
        var clock = new FakeTimeProvider(MondayTenIst);
        var (sandbox, feeds) = await StartAsync(clock);
        await using var _ = sandbox;
        await using var feed = feeds.CreateMarketFeed(o => Configure(o, sandbox));
        await feed.SubscribeAsync([DhanFeedHarness.Reliance], DhanFeedMode.Ticker);
        await FeedWait.NextAsync<DhanTickerUpdate>(feed);

        sandbox.Feeds.StallConnections();
        clock.Advance(TimeSpan.FromSeconds(11));
        var stalled = await FeedWait.NextAsync<DhanFeedStalled>(feed);
        await FeedWait.NextAsync<DhanFeedConnectionChanged>(feed, c => c.State == DhanFeedConnectionState.Connected);
        var resumed = await FeedWait.NextAsync<DhanTickerUpdate>(feed);

        Assert.True(stalled.Silence >= TimeSpan.FromSeconds(10));
        Assert.Equal(DhanFeedHarness.Reliance, resumed.Instrument);
        Assert.Equal(2, sandbox.Feeds.Connections.Count);
    }

    [Fact]
    public async Task Silence_outside_market_hours_does_not_trigger_the_watchdog()
    {
        var clock = new FakeTimeProvider(MondayEveningIst);
        var (sandbox, feeds) = await StartAsync(clock);
        await using var _ = sandbox;
        await using var feed = feeds.CreateMarketFeed(o => Configure(o, sandbox));
        await feed.SubscribeAsync([DhanFeedHarness.Reliance], DhanFeedMode.Ticker);
        await FeedWait.NextAsync<DhanTickerUpdate>(feed);

        sandbox.Feeds.StallConnections();
        clock.Advance(TimeSpan.FromMinutes(5));
        sandbox.Feeds.SendUnknownPacket(99); // stalled: not delivered; proves nothing else is queued either
        await Task.Delay(50);

        var events = new List<DhanFeedEvent>();
        while (feed.Events.TryRead(out var e))
        {
            events.Add(e);
        }

        Assert.DoesNotContain(events, e => e is DhanFeedStalled);
        Assert.Single(sandbox.Feeds.Connections);
        Assert.Equal(1, feed.ConnectedCount);
    }

    [Fact]
    public async Task Holiday_rule_replaces_the_weekday_hours()
    {
        var clock = new FakeTimeProvider(MondayTenIst);
        var (sandbox, feeds) = await StartAsync(clock);
        await using var _ = sandbox;
        await using var feed = feeds.CreateMarketFeed(o =>
        {
            Configure(o, sandbox);
            o.IsMarketOpen = ist => ist.Date != new DateTime(2026, 11, 23);
        });
        await feed.SubscribeAsync([DhanFeedHarness.Reliance], DhanFeedMode.Ticker);
        await FeedWait.NextAsync<DhanTickerUpdate>(feed);

        sandbox.Feeds.StallConnections();
        clock.Advance(TimeSpan.FromMinutes(1));
        await Task.Delay(50);

        Assert.False(feed.Events.TryPeek(out var e) && e is DhanFeedStalled);
        Assert.Single(sandbox.Feeds.Connections);
    }

    private sealed class FixedTokenProvider(string token) : IAccessTokenProvider
    {
        public string FlowName => "fixed";

        public bool CanRenew => false;

        public string RenewalHint => "none";

        public Task<AccessToken> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult(new AccessToken(token, null));
    }
}
