namespace Broker.Dhan.Feeds;

/// <summary>A previous-close packet (sent once on subscription).</summary>
/// <param name="Instrument">The instrument.</param>
/// <param name="PreviousClose">The previous session's close.</param>
/// <param name="PreviousOpenInterest">The previous session's open interest.</param>
public sealed record DhanPreviousCloseUpdate(DhanInstrument Instrument, decimal PreviousClose, long PreviousOpenInterest) : DhanFeedEvent;
