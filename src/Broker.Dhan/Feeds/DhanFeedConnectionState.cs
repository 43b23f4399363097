namespace Broker.Dhan.Feeds;

/// <summary>The state a feed connection moved to.</summary>
public enum DhanFeedConnectionState
{
    /// <summary>The socket is open (and, for order updates, the login was sent); subscriptions were (re)sent.</summary>
    Connected = 0,

    /// <summary>The socket closed or failed; the feed will reconnect after a delay.</summary>
    Disconnected = 1,
}
