namespace Broker.Dhan.Feeds;

/// <summary>An open-interest packet.</summary>
/// <param name="Instrument">The instrument.</param>
/// <param name="OpenInterest">The open interest.</param>
public sealed record DhanOpenInterestUpdate(DhanInstrument Instrument, long OpenInterest) : DhanFeedEvent;
