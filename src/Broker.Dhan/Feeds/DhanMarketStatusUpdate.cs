namespace Broker.Dhan.Feeds;

/// <summary>A market-status packet (code 7). Dhan documents no payload; the header's segment and id are passed on as sent.</summary>
/// <param name="Instrument">The segment and id from the packet header.</param>
public sealed record DhanMarketStatusUpdate(DhanInstrument Instrument) : DhanFeedEvent;
