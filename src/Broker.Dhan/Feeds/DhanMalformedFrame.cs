namespace Broker.Dhan.Feeds;

/// <summary>A frame (or a packet in it) could not be parsed; the feed carries on with the next frame.</summary>
/// <param name="Error">What is wrong and where.</param>
public sealed record DhanMalformedFrame(DhanFeedFrameError Error) : DhanFeedEvent
{
    /// <summary>A sentence for logs.</summary>
    public string Message => Error.Describe();
}
