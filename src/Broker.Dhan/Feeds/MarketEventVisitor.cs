using System.Runtime.InteropServices;
using Broker.Collections;

namespace Broker.Dhan.Feeds;

/// <summary>Turns parsed packets into events for the consumer.</summary>
[StructLayout(LayoutKind.Auto)]
internal readonly struct MarketEventVisitor(MarketFeedConnection connection, FeedInstrumentTable instruments, DhanTradeTimeEncoding encoding, List<DhanFeedEvent> output)
    : IDhanFeedPacketVisitor
{
    public void OnTicker(DhanTickerPacket packet)
    {
        var info = instruments.Resolve(packet.SegmentCode, packet.SecurityId);
        output.Add(new DhanTickerUpdate(info.Instrument, DhanFeedPrice.FromSingle(packet.LastPriceRaw, info.TickSize), DhanFeedTime.ToIst(packet.LastTradeTimeRaw, encoding)));
    }

    public void OnQuote(DhanQuotePacket packet)
    {
        var info = instruments.Resolve(packet.SegmentCode, packet.SecurityId);
        var tick = info.TickSize;
        output.Add(new DhanQuoteUpdate(
            info.Instrument,
            DhanFeedPrice.FromSingle(packet.LastPriceRaw, tick),
            packet.LastQuantity,
            DhanFeedTime.ToIst(packet.LastTradeTimeRaw, encoding),
            DhanFeedPrice.FromSingle(packet.AveragePriceRaw),
            packet.Volume,
            packet.TotalSellQuantity,
            packet.TotalBuyQuantity,
            DhanFeedPrice.FromSingle(packet.OpenRaw, tick),
            DhanFeedPrice.FromSingle(packet.CloseRaw, tick),
            DhanFeedPrice.FromSingle(packet.HighRaw, tick),
            DhanFeedPrice.FromSingle(packet.LowRaw, tick)));
    }

    public void OnOpenInterest(DhanOpenInterestPacket packet) =>
        output.Add(new DhanOpenInterestUpdate(instruments.Resolve(packet.SegmentCode, packet.SecurityId).Instrument, packet.OpenInterest));

    public void OnPreviousClose(DhanPreviousClosePacket packet)
    {
        var info = instruments.Resolve(packet.SegmentCode, packet.SecurityId);
        output.Add(new DhanPreviousCloseUpdate(info.Instrument, DhanFeedPrice.FromSingle(packet.PreviousCloseRaw, info.TickSize), packet.PreviousOpenInterest));
    }

    public void OnMarketStatus(DhanFeedPacketHeader header, ReadOnlySpan<byte> packet) =>
        output.Add(new DhanMarketStatusUpdate(instruments.Resolve(header.SegmentCode, header.SecurityId).Instrument));

    public void OnFull(DhanFullPacket packet)
    {
        var info = instruments.Resolve(packet.SegmentCode, packet.SecurityId);
        var tick = info.TickSize;
        var depth = new DhanMarketDepthLevel[DhanFullPacket.DepthLevelCount];
        for (var i = 0; i < depth.Length; i++)
        {
            depth[i] = packet.GetDepthLevel(i, tick);
        }

        output.Add(new DhanFullUpdate(
            info.Instrument,
            DhanFeedPrice.FromSingle(packet.LastPriceRaw, tick),
            packet.LastQuantity,
            DhanFeedTime.ToIst(packet.LastTradeTimeRaw, encoding),
            DhanFeedPrice.FromSingle(packet.AveragePriceRaw),
            packet.Volume,
            packet.TotalSellQuantity,
            packet.TotalBuyQuantity,
            packet.OpenInterest,
            packet.OpenInterestDayHigh,
            packet.OpenInterestDayLow,
            DhanFeedPrice.FromSingle(packet.OpenRaw, tick),
            DhanFeedPrice.FromSingle(packet.CloseRaw, tick),
            DhanFeedPrice.FromSingle(packet.HighRaw, tick),
            DhanFeedPrice.FromSingle(packet.LowRaw, tick),
            ValueList.Adopt(depth)));
    }

    public void OnDisconnect(DhanFeedPacketHeader header, int reasonCode)
    {
        output.Add(new DhanServerDisconnect(reasonCode));
        connection.OnServerDisconnect(reasonCode);
    }

    public void OnUnknown(DhanFeedPacketHeader header, ReadOnlySpan<byte> packet) =>
        output.Add(new DhanUnknownPacket(header.ResponseCodeByte, header.SegmentCode, header.SecurityId, packet.ToArray()));

    public void OnMalformed(DhanFeedFrameError error)
    {
        if (connection.OnMalformed(error))
        {
            output.Add(new DhanMalformedFrame(error));
        }
    }
}
