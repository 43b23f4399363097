using System.Net.WebSockets;
using System.Text;

namespace Broker.Dhan.Feeds;

/// <summary>One 20- or 200-level depth socket and its instruments (guarded by the feed's lock).</summary>
internal sealed class DepthFeedConnection(DhanDepthFeed feed, int index) : FeedConnection(feed, index)
{
    private readonly List<DhanFeedEvent> _pending = [];
    private int _countSnapshot;

    public HashSet<DhanInstrument> Instruments { get; } = [];

    public override bool HasSubscriptions => Volatile.Read(ref _countSnapshot) > 0;

    protected override string FeedName => feed.Kind == DhanDepthFeedKind.TwentyLevel ? "20-level depth feed" : "200-level depth feed";

    public void Changed() => Volatile.Write(ref _countSnapshot, Instruments.Count);

    public async Task SendAsync(IReadOnlyList<DhanInstrument> instruments, bool subscribe, CancellationToken cancellationToken)
    {
        var code = subscribe ? DhanFeedRequestCode.SubscribeDepth : Options.DepthUnsubscribeCode;
        if (feed.Kind == DhanDepthFeedKind.TwoHundredLevel)
        {
            foreach (var instrument in instruments)
            {
                await SendTextAsync(FeedMessages.Flat(code, instrument), cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        foreach (var chunk in instruments.Chunk(Options.MaxInstrumentsPerMessage))
        {
            await SendTextAsync(FeedMessages.InstrumentList(code, chunk), cancellationToken).ConfigureAwait(false);
        }
    }

    internal void OnServerDisconnect(int reasonCode) => NoteServerDisconnect(reasonCode);

    protected override Uri BuildUri(string token) =>
        FeedMessages.WithCredentials(feed.Kind == DhanDepthFeedKind.TwentyLevel ? Options.TwentyDepthUri : Options.TwoHundredDepthUri, token, Options.ClientId!, version: false);

    protected override Task OnConnectedAsync(string token, CancellationToken cancellationToken) =>
        SendAsync(feed.Snapshot(this), subscribe: true, cancellationToken);

    protected override async ValueTask OnMessageAsync(ReadOnlyMemory<byte> message, WebSocketMessageType type, CancellationToken cancellationToken)
    {
        if (type != WebSocketMessageType.Binary)
        {
            await PublishAsync(new DhanUnknownMessage(null, Encoding.UTF8.GetString(message.Span)), cancellationToken).ConfigureAwait(false);
            return;
        }

        var visitor = new DepthEventVisitor(this, feed.Instruments, _pending);
        DhanDepthParser.Parse(message.Span, feed.Kind, ref visitor);
        foreach (var feedEvent in _pending)
        {
            await PublishAsync(feedEvent, cancellationToken).ConfigureAwait(false);
        }

        _pending.Clear();
    }
}
