using Broker.Diagnostics;
using Broker.Dhan.Feeds;
using Broker.Testing;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Broker.IntegrationTests.DhanFeeds;

/// <summary>
/// The SDK's metrics and spans against the sandbox over real sockets: the PIN + TOTP mint, the REST pipeline and the
/// market feed's messages and reconnects, with the account's PIN, TOTP seed and access token searched for in every tag
/// and span attribute.
/// </summary>
public sealed class DhanTelemetryTests
{
    [Fact]
    public async Task The_feed_counts_messages_and_reconnects_and_the_mint_and_requests_are_measured_without_secrets()
    {
        await using var harness = await DhanFeedHarness.StartAsync();
        using var capture = new TelemetryCapture(harness.MeterFactory, BrokerDiagnostics.ActivitySourceName);
        using var messages = new MetricCollector<long>(harness.MeterFactory, DhanFeedDiagnostics.MeterName, "broker.feed.messages");
        using var reconnects = new MetricCollector<long>(harness.MeterFactory, DhanFeedDiagnostics.MeterName, "broker.feed.reconnects");

        await harness.Client.Funds.GetFundLimitAsync();
        await using var feed = harness.Feeds.CreateMarketFeed();
        await feed.SubscribeAsync([DhanFeedHarness.Reliance], DhanFeedMode.Ticker);
        await FeedWait.NextAsync<DhanTickerUpdate>(feed);
        harness.Sandbox.Feeds.DropConnections();
        await FeedWait.NextAsync<DhanFeedConnectionChanged>(feed, c => c.State == DhanFeedConnectionState.Connected);
        await FeedWait.UntilAsync(() => reconnects.GetMeasurementSnapshot().Count > 0);

        Assert.NotEmpty(messages.GetMeasurementSnapshot());
        Assert.All(messages.GetMeasurementSnapshot(), m =>
        {
            Assert.Equal("market", m.Tags["broker.feed"]);
            Assert.Equal("Dhan", m.Tags["broker.name"]);
        });
        Assert.Equal("market", reconnects.GetMeasurementSnapshot()[0].Tags["broker.feed"]);

        var mint = Assert.Single(capture.Of("broker.token.mints"));
        Assert.Equal("success", mint.Tags["broker.outcome"]);
        Assert.Equal("Dhan", mint.Tags["broker.name"]);
        Assert.Contains(capture.Of("broker.client.requests"), m => (string?)m.Tags["broker.outcome"] == "success" && (string?)m.Tags["broker.name"] == "Dhan");
        Assert.NotEmpty(capture.SpansNamed("broker.token.mint"));
        Assert.NotEmpty(capture.SpansNamed("broker.attempt"));

        var token = harness.Tokens.CurrentToken!.Value;
        var secrets = new[] { harness.Account.Pin!, harness.Account.TotpSecret!, token };
        var values = capture.Measurements.SelectMany(m => m.Tags.Values)
            .Concat(capture.Spans.SelectMany(s => s.TagObjects.Select(t => t.Value)))
            .Concat(capture.Spans.Select(s => s.DisplayName))
            .Concat(capture.Spans.Select(s => s.StatusDescription))
            .Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)
            .ToList();
        Assert.NotEmpty(values);
        foreach (var value in values)
        {
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, value, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData(DhanFeedOverflowPolicy.DropOldest)]
    [InlineData(DhanFeedOverflowPolicy.DropNewest)]
    public async Task Every_event_a_slow_consumer_loses_is_counted_by_the_feed_drop_metric(DhanFeedOverflowPolicy policy)
    {
        await using var harness = await DhanFeedHarness.StartAsync(o =>
        {
            o.ChannelCapacity = 8;
            o.OverflowPolicy = policy;
        });
        using var dropped = new MetricCollector<long>(harness.MeterFactory, DhanFeedDiagnostics.MeterName, "broker.feed.dropped");
        await using var feed = harness.Feeds.CreateMarketFeed();
        await feed.SubscribeAsync([DhanFeedHarness.Reliance], DhanFeedMode.Ticker);
        await FeedWait.UntilAsync(() => feed.Events.Count == 3);
        Assert.Empty(dropped.GetMeasurementSnapshot());

        harness.Sandbox.Feeds.SendBurst(100);

        // Connected + previous close + snapshot tick + 100 ticks into a buffer of 8: 95 events lost.
        await FeedWait.UntilAsync(() => feed.DroppedEventCount == 95);
        await FeedWait.UntilAsync(() => dropped.GetMeasurementSnapshot().Sum(m => m.Value) == 95);
        Assert.All(dropped.GetMeasurementSnapshot(), m =>
        {
            Assert.Equal("market", m.Tags["broker.feed"]);
            Assert.Equal("Dhan", m.Tags["broker.name"]);
        });
    }
}
