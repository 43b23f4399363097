namespace Broker.Dhan.Feeds;

/// <summary>A connection of the feed opened or closed.</summary>
/// <param name="State">The new state.</param>
/// <param name="Attempt">The number of connection attempts since the last one that delivered data (1 = first try).</param>
/// <param name="Detail">Why it closed (never contains a token); <see langword="null"/> when connected.</param>
public sealed record DhanFeedConnectionChanged(DhanFeedConnectionState State, int Attempt, string? Detail) : DhanFeedEvent;
