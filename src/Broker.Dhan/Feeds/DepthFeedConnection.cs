using System.Net.WebSockets;
using System.Text;
using Broker.Authentication;
using Broker.Dhan.Authentication;

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

    /// <summary>
    /// The 200-level socket is reported to refuse API-minted tokens (<c>tokenConsumerType</c> <c>APP</c>): renewing would only
    /// mint another one (see <see cref="DhanFeedOptions.TwoHundredDepthRequiresWebToken"/>).
    /// </summary>
    protected override string? RefusalRenewalCannotFix(AccessToken token) =>
        feed.Kind == DhanDepthFeedKind.TwoHundredLevel && Options.TwoHundredDepthRequiresWebToken
            && string.Equals(DhanJwt.ReadConsumerType(token.Value), DhanJwt.AppConsumerType, StringComparison.Ordinal)
            ? $"The token was minted through the API (JWT claim tokenConsumerType \"{DhanJwt.AppConsumerType}\"), and the 200-level depth feed is reported to accept only a token generated on Dhan Web (tokenConsumerType \"{DhanJwt.WebConsumerType}\"); renewing would mint another API token. Generate an access token on Dhan Web and use it for this feed (for example DhanFeedFactory.FromAccessToken), or set DhanFeedOptions.TwoHundredDepthRequiresWebToken to false if Dhan accepts API tokens here."
            : null;

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
