using System.Net.WebSockets;
using System.Text;

namespace Broker.Dhan.Feeds;

/// <summary>One live-market-feed socket and the subscriptions it carries (guarded by the feed's lock).</summary>
internal sealed class MarketFeedConnection(DhanMarketFeed feed, int index) : FeedConnection(feed, index)
{
    private readonly List<DhanFeedEvent> _pending = [];
    private int _lengthDisagreementReported;

    public Dictionary<DhanFeedMode, HashSet<DhanInstrument>> Subscriptions { get; } = [];

    public int Count { get; set; }

    private int _countSnapshot;

    public override bool HasSubscriptions => Volatile.Read(ref _countSnapshot) > 0;

    protected override string FeedName => "market feed";

    public void Add(DhanFeedMode mode, IEnumerable<DhanInstrument> instruments)
    {
        if (!Subscriptions.TryGetValue(mode, out var set))
        {
            Subscriptions[mode] = set = [];
        }

        foreach (var instrument in instruments)
        {
            if (set.Add(instrument))
            {
                Count++;
            }
        }

        Volatile.Write(ref _countSnapshot, Count);
    }

    public void Remove(DhanFeedMode mode, IEnumerable<DhanInstrument> instruments)
    {
        if (!Subscriptions.TryGetValue(mode, out var set))
        {
            return;
        }

        foreach (var instrument in instruments)
        {
            if (set.Remove(instrument))
            {
                Count--;
            }
        }

        Volatile.Write(ref _countSnapshot, Count);
    }

    public async Task SendAsync(DhanFeedMode mode, IReadOnlyList<DhanInstrument> instruments, bool subscribe, CancellationToken cancellationToken)
    {
        var code = subscribe ? FeedMessages.SubscribeCode(mode) : FeedMessages.UnsubscribeCode(mode);
        foreach (var chunk in instruments.Chunk(Options.MaxInstrumentsPerMessage))
        {
            await SendTextAsync(FeedMessages.InstrumentList(code, chunk), cancellationToken).ConfigureAwait(false);
        }
    }

    internal void OnServerDisconnect(int reasonCode) => NoteServerDisconnect(reasonCode);

    /// <summary>
    /// Logs a frame problem; says whether the consumer should see it too. A length that disagrees with the layout is
    /// reported once per connection: it is the same wrong assumption in every packet.
    /// </summary>
    internal bool OnMalformed(DhanFeedFrameError error)
    {
        if (error.Kind == DhanFeedFrameErrorKind.LengthDisagreesWithLayout && Interlocked.Exchange(ref _lengthDisagreementReported, 1) == 1)
        {
            return false;
        }

        DhanFeedLog.MalformedFrame(Feed.Logger, FeedName, Index, error.Describe());
        return true;
    }

    protected override Uri BuildUri(string token) => FeedMessages.WithCredentials(Options.MarketFeedUri, token, Options.ClientId!, version: true);

    protected override async Task OnConnectedAsync(string token, CancellationToken cancellationToken)
    {
        foreach (var (mode, instruments) in feed.Snapshot(this))
        {
            await SendAsync(mode, instruments, subscribe: true, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async ValueTask OnMessageAsync(ReadOnlyMemory<byte> message, WebSocketMessageType type, CancellationToken cancellationToken)
    {
        if (type != WebSocketMessageType.Binary)
        {
            await PublishAsync(new DhanUnknownMessage(null, Encoding.UTF8.GetString(message.Span)), cancellationToken).ConfigureAwait(false);
            return;
        }

        var visitor = new MarketEventVisitor(this, feed.Instruments, Options.TradeTimeEncoding, _pending);
        DhanFeedParser.Parse(message.Span, ref visitor);
        foreach (var feedEvent in _pending)
        {
            await PublishAsync(feedEvent, cancellationToken).ConfigureAwait(false);
        }

        _pending.Clear();
    }
}
