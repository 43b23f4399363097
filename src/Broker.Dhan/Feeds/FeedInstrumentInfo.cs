namespace Broker.Dhan.Feeds;

/// <summary>A subscribed instrument as the event builders need it: its identity (with a ready string id) and tick size.</summary>
internal sealed record FeedInstrumentInfo(DhanInstrument Instrument, byte SegmentCode, uint SecurityId, decimal TickSize)
{
    public static ulong Key(byte segmentCode, uint securityId) => ((ulong)segmentCode << 32) | securityId;
}
