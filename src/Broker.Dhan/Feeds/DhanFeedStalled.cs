namespace Broker.Dhan.Feeds;

/// <summary>
/// The watchdog found a connection silent for longer than <see cref="DhanFeedOptions.StallTimeout"/> during market
/// hours; the connection is being replaced.
/// </summary>
/// <param name="Silence">How long nothing arrived.</param>
public sealed record DhanFeedStalled(TimeSpan Silence) : DhanFeedEvent;
