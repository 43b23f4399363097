namespace Broker.Dhan.Feeds;

/// <summary>
/// Something a Dhan feed reports: market data (<see cref="DhanTickerUpdate"/>, <see cref="DhanQuoteUpdate"/>,
/// <see cref="DhanFullUpdate"/>, <see cref="DhanDepthUpdate"/>…), an order update (<see cref="DhanOrderUpdate"/>), or
/// the health of a connection (<see cref="DhanFeedConnectionChanged"/>, <see cref="DhanFeedStalled"/>,
/// <see cref="DhanServerDisconnect"/>, <see cref="DhanMalformedFrame"/>). Switch on the type.
/// </summary>
public abstract record DhanFeedEvent
{
    /// <summary>Which of the feed's connections it came from (0-based).</summary>
    public int Connection { get; internal set; }
}
