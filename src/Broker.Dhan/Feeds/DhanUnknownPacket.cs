namespace Broker.Dhan.Feeds;

/// <summary>A packet whose response code has no known layout. Reported so that nothing is dropped silently.</summary>
/// <param name="ResponseCode">The response code.</param>
/// <param name="SegmentCode">The numeric segment from the header.</param>
/// <param name="SecurityId">The security id from the header.</param>
/// <param name="Bytes">A copy of the packet, header included.</param>
public sealed record DhanUnknownPacket(int ResponseCode, int SegmentCode, long SecurityId, ReadOnlyMemory<byte> Bytes) : DhanFeedEvent;
