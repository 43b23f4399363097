using System.Net.WebSockets;
using System.Text;

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
            && MentionsAuthFailure(Encoding.UTF8.GetString(message.Span)))
        {
            NoteAuthenticationRejected();
        }

        await PublishAsync(feedEvent, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A close counts as a refused login when its status is one of <see cref="DhanFeedOptions.OrderUpdateAuthFailureCloseCodes"/>,
    /// its description mentions <see cref="DhanFeedOptions.OrderUpdateAuthFailureText"/>, or it comes without any message
    /// within <see cref="DhanFeedOptions.OrderUpdateSilentCloseAuthFailureWindow"/> of the login.
    /// </summary>
    protected override bool IsAuthenticationClose(WebSocketCloseStatus? status, string? description, TimeSpan sinceConnected, bool receivedMessage)
    {
        if (status is { } code && Options.OrderUpdateAuthFailureCloseCodes.Contains((int)code))
        {
            return true;
        }

        if (description is not null && MentionsAuthFailure(description))
        {
            return true;
        }

        var window = Options.OrderUpdateSilentCloseAuthFailureWindow;
        return window > TimeSpan.Zero && !receivedMessage && sinceConnected < window;
    }

    private bool MentionsAuthFailure(string text) =>
        Options.OrderUpdateAuthFailureText is { Length: > 0 } marker && text.Contains(marker, StringComparison.OrdinalIgnoreCase);
}
