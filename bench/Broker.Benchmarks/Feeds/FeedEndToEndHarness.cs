using System.Diagnostics;
using System.Runtime.CompilerServices;
using Broker.Benchmarks.Infrastructure;
using Broker.Dhan;
using Broker.Dhan.Feeds;
using Broker.Sandbox;

namespace Broker.Benchmarks.Feeds;

/// <summary>
/// End to end on loopback: the sandbox streams ticker packets (<c>--per-frame</c> to a WebSocket frame) to a
/// <see cref="DhanMarketFeed"/>; a consumer reads the typed events from the feed's channel. Reports ticks per second from
/// the burst's first queued packet to the last event consumed, and the events dropped (must be 0 with the default buffer).
/// </summary>
/// <remarks>Usage: <c>dhan-feed-e2e [--ticks 1000000] [--per-frame 100] [--rounds 3]</c>.</remarks>
internal static class FeedEndToEndHarness
{
#pragma warning disable CA2255 // The benchmark executable registers its harnesses at load; this is an application, not a library.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() => Harnesses.Register("dhan-feed-e2e", RunAsync);

    public static async Task<int> RunAsync(string[] args)
    {
        var ticks = HarnessArguments.Int(args, "ticks", 1_000_000);
        var perFrame = HarnessArguments.Int(args, "per-frame", 100);
        var rounds = HarnessArguments.Int(args, "rounds", 3);
        var options = new SandboxOptions();
        await using var sandbox = await BrokerSandbox.StartAsync(options).ConfigureAwait(false);
        sandbox.Feeds.PacketsPerFrame = perFrame;
        var factory = DhanFeedFactory.FromAccessToken(options.Dhan.Accounts[0].ClientId, sandbox.Dhan.DefaultAccount.ActiveAccessToken!, o =>
        {
            o.MarketFeedUri = sandbox.DhanMarketFeedUri;
            o.ChannelCapacity = 100_000;
            o.StallTimeout = null;
        });
        await using var feed = factory.CreateMarketFeed();
        await feed.SubscribeAsync([new DhanInstrument(DhanExchangeSegment.NseEquity, "2885")], DhanFeedMode.Ticker).ConfigureAwait(false);
        while (!(await feed.Events.ReadAsync().ConfigureAwait(false) is DhanTickerUpdate))
        {
        }

        Console.WriteLine($"Dhan feed end to end: {ticks:N0} ticker packets per round, {perFrame} per frame, Environment.ProcessorCount={Environment.ProcessorCount}");
        var worst = double.MaxValue;
        for (var round = 1; round <= rounds; round++)
        {
            var stopwatch = Stopwatch.StartNew();
            var consumer = Task.Run(async () =>
            {
                var seen = 0;
                decimal sum = 0;
                while (seen < ticks && await feed.Events.WaitToReadAsync().ConfigureAwait(false))
                {
                    while (seen < ticks && feed.Events.TryRead(out var e))
                    {
                        if (e is DhanTickerUpdate tick)
                        {
                            sum += tick.LastPrice;
                            seen++;
                        }
                    }
                }

                return sum;
            });
            sandbox.Feeds.SendBurst(ticks);
            await consumer.ConfigureAwait(false);
            stopwatch.Stop();
            var rate = ticks / stopwatch.Elapsed.TotalSeconds;
            worst = Math.Min(worst, rate);
            Console.WriteLine($"  round {round}: {stopwatch.Elapsed.TotalMilliseconds:N0} ms, {rate:N0} ticks/s, dropped so far {feed.DroppedEventCount:N0}");
        }

        Console.WriteLine($"Slowest round: {worst:N0} ticks/s (target >= 200,000); dropped events: {feed.DroppedEventCount:N0}");
        return worst >= 200_000 && feed.DroppedEventCount == 0 ? 0 : 1;
    }
}
