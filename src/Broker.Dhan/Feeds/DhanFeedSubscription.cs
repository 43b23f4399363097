namespace Broker.Dhan.Feeds;

/// <summary>One subscription of the live market feed: an instrument in a mode.</summary>
/// <param name="Instrument">The instrument.</param>
/// <param name="Mode">The mode.</param>
public readonly record struct DhanFeedSubscription(DhanInstrument Instrument, DhanFeedMode Mode);
