using System.Runtime.InteropServices;
using Broker.Collections;

namespace Broker.Dhan.Feeds;

/// <summary>Turns parsed depth packets into events.</summary>
[StructLayout(LayoutKind.Auto)]
internal readonly struct DepthEventVisitor(DepthFeedConnection connection, FeedInstrumentTable instruments, List<DhanFeedEvent> output) : IDhanDepthPacketVisitor
{
    public void OnDepth(DhanDepthPacket packet)
    {
        var info = instruments.Resolve(packet.Header.SegmentCode, packet.Header.SecurityId);
        var levels = new DhanDepthEntry[packet.LevelCount];
        for (var i = 0; i < levels.Length; i++)
        {
            levels[i] = packet.GetLevel(i, info.TickSize);
        }

        output.Add(new DhanDepthUpdate(info.Instrument, packet.Side, ValueList.Adopt(levels), packet.Header.SequenceOrRowCount));
    }

    public void OnDisconnect(DhanDepthPacketHeader header, int reasonCode)
    {
        output.Add(new DhanServerDisconnect(reasonCode));
        connection.OnServerDisconnect(reasonCode);
    }

    public void OnUnknown(DhanDepthPacketHeader header, ReadOnlySpan<byte> packet) =>
        output.Add(new DhanUnknownPacket(header.ResponseCodeByte, header.SegmentCode, header.SecurityId, packet.ToArray()));

    public void OnMalformed(DhanFeedFrameError error) => output.Add(new DhanMalformedFrame(error));
}
