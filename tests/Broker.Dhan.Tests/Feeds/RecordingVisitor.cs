using Broker.Dhan.Feeds;

namespace Broker.Dhan.Tests.Feeds;

/// <summary>Records what the parser delivers, as text lines and copied values.</summary>
internal sealed class RecordingVisitor : IDhanFeedPacketVisitor, IDhanDepthPacketVisitor
{
    public List<string> Calls { get; } = [];

    public List<DhanFeedFrameError> Errors { get; } = [];

    public List<object> Values { get; } = [];

    public void OnTicker(DhanTickerPacket packet)
    {
        Calls.Add($"ticker {packet.SegmentCode}/{packet.SecurityId}");
        Values.Add((packet.LastPrice, packet.LastTradeTimeRaw));
    }

    public void OnQuote(DhanQuotePacket packet)
    {
        Calls.Add($"quote {packet.SegmentCode}/{packet.SecurityId}");
        Values.Add(packet.LastPrice);
    }

    public void OnOpenInterest(DhanOpenInterestPacket packet)
    {
        Calls.Add($"oi {packet.SegmentCode}/{packet.SecurityId}");
        Values.Add(packet.OpenInterest);
    }

    public void OnPreviousClose(DhanPreviousClosePacket packet)
    {
        Calls.Add($"prevclose {packet.SegmentCode}/{packet.SecurityId}");
        Values.Add(packet.PreviousClose);
    }

    public void OnMarketStatus(DhanFeedPacketHeader header, ReadOnlySpan<byte> packet) => Calls.Add($"status {header.SegmentCode}/{header.SecurityId} len {packet.Length}");

    public void OnFull(DhanFullPacket packet)
    {
        Calls.Add($"full {packet.SegmentCode}/{packet.SecurityId}");
        Values.Add(packet.GetDepthLevel(0));
    }

    public void OnDisconnect(DhanFeedPacketHeader header, int reasonCode) => Calls.Add($"disconnect {reasonCode}");

    public void OnUnknown(DhanFeedPacketHeader header, ReadOnlySpan<byte> packet) => Calls.Add($"unknown {header.ResponseCodeByte} len {packet.Length}");

    public void OnMalformed(DhanFeedFrameError error)
    {
        Calls.Add($"malformed {error.Kind}");
        Errors.Add(error);
    }

    public void OnDepth(DhanDepthPacket packet)
    {
        Calls.Add($"depth {packet.Side} {packet.Header.SecurityId} x{packet.LevelCount}");
        var levels = new DhanDepthEntry[packet.LevelCount];
        for (var i = 0; i < levels.Length; i++)
        {
            levels[i] = packet.GetLevel(i);
        }

        Values.Add(levels);
    }

    public void OnDisconnect(DhanDepthPacketHeader header, int reasonCode) => Calls.Add($"depth-disconnect {reasonCode}");

    public void OnUnknown(DhanDepthPacketHeader header, ReadOnlySpan<byte> packet) => Calls.Add($"depth-unknown {header.ResponseCodeByte} len {packet.Length}");
}
