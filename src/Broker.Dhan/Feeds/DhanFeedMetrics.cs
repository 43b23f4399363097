using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Broker.Dhan.Feeds;

/// <summary>
/// The feeds' instruments, on the meter <see cref="DhanFeedDiagnostics.MeterName"/>: from the service provider's
/// <see cref="IMeterFactory"/> when the feed factory was given one, otherwise a process-wide meter
/// (<see cref="Shared"/>). Every measurement is tagged <c>broker.name</c> = <c>Dhan</c> and <c>broker.feed</c> (the feed
/// kind: <c>market</c>, <c>depth_20</c>, <c>depth_200</c>, <c>order_update</c>); nothing from the wire is a tag.
/// </summary>
internal sealed class DhanFeedMetrics
{
    public const string FeedTag = "broker.feed";

    private static readonly Lazy<DhanFeedMetrics> SharedInstance = new(static () => new DhanFeedMetrics(null));

    /// <summary>Creates the instruments on a meter from <paramref name="meterFactory"/>, or on a new meter when it is <see langword="null"/>.</summary>
    /// <param name="meterFactory">The meter factory, if any.</param>
    public DhanFeedMetrics(IMeterFactory? meterFactory)
    {
        var options = new MeterOptions(DhanFeedDiagnostics.MeterName) { Version = typeof(DhanFeedMetrics).Assembly.GetName().Version?.ToString() };
#pragma warning disable CA2000 // The meter lives as long as the process (the shared instance) or its factory, which disposes it.
        var meter = meterFactory?.Create(options) ?? new Meter(options);
#pragma warning restore CA2000
        Messages = meter.CreateCounter<long>("broker.feed.messages", "{message}", "WebSocket messages received from a Dhan feed (one message may carry several packets).");
        Dropped = meter.CreateCounter<long>("broker.feed.dropped", "{event}", "Feed events the overflow policy discarded because the consumer fell behind.");
        Reconnects = meter.CreateCounter<long>("broker.feed.reconnects", "{reconnect}", "Times a feed connection was lost, refused or could not get a token, and will be opened again.");
    }

    /// <summary>The process-wide instance.</summary>
    public static DhanFeedMetrics Shared => SharedInstance.Value;

    /// <summary><c>broker.feed.messages</c>.</summary>
    public Counter<long> Messages { get; }

    /// <summary><c>broker.feed.dropped</c>.</summary>
    public Counter<long> Dropped { get; }

    /// <summary><c>broker.feed.reconnects</c>.</summary>
    public Counter<long> Reconnects { get; }

    /// <summary>Adds one to <paramref name="counter"/> for a feed of kind <paramref name="feed"/>, when anyone listens.</summary>
    /// <param name="counter">The counter.</param>
    /// <param name="feed">The feed kind.</param>
    public static void Add(Counter<long> counter, string feed)
    {
        if (counter.Enabled)
        {
            counter.Add(1, new TagList { { "broker.name", "Dhan" }, { FeedTag, feed } });
        }
    }
}
