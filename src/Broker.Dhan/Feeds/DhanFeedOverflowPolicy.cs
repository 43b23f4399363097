namespace Broker.Dhan.Feeds;

/// <summary>What a feed does when its consumer falls behind and the bounded event buffer is full.</summary>
public enum DhanFeedOverflowPolicy
{
    /// <summary>The default: discard the oldest buffered event to make room (the consumer sees the latest data). Counted.</summary>
    DropOldest = 0,

    /// <summary>Discard the event that just arrived (the buffer keeps the oldest data). Counted.</summary>
    DropNewest = 1,

    /// <summary>Stop reading the socket until the consumer makes room: nothing is lost, but a slow consumer delays everything and Dhan may drop the connection.</summary>
    Wait = 2,
}
