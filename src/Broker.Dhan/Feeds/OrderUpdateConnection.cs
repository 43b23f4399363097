using System.Net.WebSockets;

namespace Broker.Dhan.Feeds;

/// <summary>The order-update socket: logs in with the client id and token after connecting, then reads JSON messages.</summary>
internal sealed class OrderUpdateConnection(DhanOrderUpdateFeed feed) : FeedConnection(feed, 0)
{
    public override bool HasSubscriptions => false;

    protected override string FeedName => "order-update feed";

    protected override Uri BuildUri(string token) => Options.OrderUpdateUri;

    protected override Task OnConnectedAsync(string token, CancellationToken cancellationToken) =>
        SendTextAsync(FeedMessages.OrderUpdateLogin(Options.ClientId!, token), cancellationToken);

    protected override async ValueTask OnMessageAsync(ReadOnlyMemory<byte> message, WebSocketMessageType type, CancellationToken cancellationToken)
    {
        var feedEvent = DhanOrderUpdateReader.Read(message.Span);
        if (feedEvent is DhanUnknownMessage { Type: { } messageType } && messageType.Contains("error", StringComparison.OrdinalIgnoreCase)
            && message.Span.IndexOf("auth"u8) >= 0)
        {
            NoteAuthenticationRejected();
        }

        await PublishAsync(feedEvent, cancellationToken).ConfigureAwait(false);
    }
}
