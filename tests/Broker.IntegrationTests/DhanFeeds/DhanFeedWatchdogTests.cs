using Broker.Authentication;
using Broker.Dhan.Feeds;
using Broker.Sandbox;
using Broker.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Broker.IntegrationTests.DhanFeeds;

/// <summary>
/// The stall watchdog on a fake clock (the sockets are real; only the watchdog's time is driven). Its checks run on the
/// clock's timer inside <see cref="FakeTimeProvider.Advance"/> and report a stall there and then, so when Advance
/// returns every check due by then has run and anything it reported is already in the feed: "nothing happened" is read
/// at once, and each such test then shows the same silence reported once the market is open.
/// </summary>
public sealed class DhanFeedWatchdogTests
{
    // 2026-11-23 is a Monday; 04:30Z is 10:00 IST, 14:00Z is 19:30 IST, 18:30Z is Tuesday 00:00 IST and Tuesday 03:45Z
    // is 09:15 IST, when the market opens.
    private static readonly DateTimeOffset MondayTenIst = new(2026, 11, 23, 4, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MondayEveningIst = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TuesdayMidnightIst = new(2026, 11, 23, 18, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TuesdayMarketOpen = new(2026, 11, 24, 3, 45, 0, TimeSpan.Zero);
    private static readonly TimeSpan StallTimeout = TimeSpan.FromSeconds(10);

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
        o.StallTimeout = StallTimeout;
        o.ReconnectBaseDelay = TimeSpan.Zero;
    }

    [Fact]
    public async Task Silent_connection_during_market_hours_is_reported_and_replaced_and_data_resumes()
    {
        var clock = FakeClock.Create(MondayTenIst);
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
    public async Task Silence_outside_market_hours_does_not_trigger_the_watchdog_until_the_market_opens()
    {
        var clock = FakeClock.Create(MondayEveningIst);
        var (sandbox, feeds) = await StartAsync(clock);
        await using var _ = sandbox;
        await using var feed = feeds.CreateMarketFeed(o => Configure(o, sandbox));
        await feed.SubscribeAsync([DhanFeedHarness.Reliance], DhanFeedMode.Ticker);
        await FeedWait.NextAsync<DhanTickerUpdate>(feed);
        sandbox.Feeds.StallConnections();

        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Null(DrainStalls(feed));
        Assert.Equal(1, feed.ConnectedCount);
        clock.SetUtcNow((TuesdayMarketOpen - TimeSpan.FromTicks(1)).ToUniversalTime());
        Assert.Null(DrainStalls(feed));
        Assert.Equal(1, feed.ConnectedCount);

        clock.Advance(StallTimeout);
        var stalled = DrainStalls(feed);

        Assert.NotNull(stalled);
        Assert.True(stalled.Silence > TimeSpan.FromHours(13), $"silence {stalled.Silence}");
    }

    [Fact]
    public async Task Holiday_rule_replaces_the_weekday_hours()
    {
        var clock = FakeClock.Create(MondayTenIst);
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

        // Monday 10:00 IST is inside the weekday hours but a holiday by the rule; Tuesday 00:00 IST is the reverse.
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(DrainStalls(feed));
        clock.SetUtcNow((TuesdayMidnightIst - TimeSpan.FromTicks(1)).ToUniversalTime());
        Assert.Null(DrainStalls(feed));
        Assert.Equal(1, feed.ConnectedCount);

        clock.Advance(StallTimeout);

        Assert.NotNull(DrainStalls(feed));
    }

    /// <summary>Reads every event the feed holds now and returns the stall report among them, if any.</summary>
    private static DhanFeedStalled? DrainStalls(DhanFeed feed)
    {
        DhanFeedStalled? stalled = null;
        while (feed.Events.TryRead(out var e))
        {
            stalled ??= e as DhanFeedStalled;
        }

        return stalled;
    }

    private sealed class FixedTokenProvider(string token) : IAccessTokenProvider
    {
        public string FlowName => "fixed";

        public bool CanRenew => false;

        public string RenewalHint => "none";

        public Task<AccessToken> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult(new AccessToken(token, null));
    }
}
