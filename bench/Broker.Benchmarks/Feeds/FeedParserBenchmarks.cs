using System.Buffers.Binary;
using BenchmarkDotNet.Attributes;
using Broker.Dhan.Feeds;

namespace Broker.Benchmarks.Feeds;

/// <summary>
/// Parsing Dhan live-feed frames: 1,000 packets per frame, a struct visitor reading every field it would pass on.
/// Results are per packet (OperationsPerInvoke = 1000); the allocation column must read 0 B.
/// </summary>
[MemoryDiagnoser]
public class FeedParserBenchmarks
{
    private const int Packets = 1000;
    private byte[] _tickers = [];
    private byte[] _quotes = [];
    private byte[] _fulls = [];
    private byte[] _depth = [];

    [GlobalSetup]
    public void Setup()
    {
        _tickers = Frame(DhanTickerPacket.Size, (p, i) =>
        {
            p[0] = 2;
            BinaryPrimitives.WriteSingleLittleEndian(p.AsSpan(8), 1500.25f + i);
            BinaryPrimitives.WriteUInt32LittleEndian(p.AsSpan(12), 1735722900u + (uint)i);
        });
        _quotes = Frame(DhanQuotePacket.Size, (p, i) =>
        {
            p[0] = 4;
            BinaryPrimitives.WriteSingleLittleEndian(p.AsSpan(8), 1500.25f + i);
        });
        _fulls = Frame(DhanFullPacket.Size, (p, i) =>
        {
            p[0] = 8;
            BinaryPrimitives.WriteSingleLittleEndian(p.AsSpan(8), 1500.25f + i);
        });
        _depth = new byte[100 * DhanDepthParser.TwentyLevelPacketSize];
        for (var i = 0; i < 100; i++)
        {
            var p = _depth.AsSpan(i * DhanDepthParser.TwentyLevelPacketSize, DhanDepthParser.TwentyLevelPacketSize);
            BinaryPrimitives.WriteUInt16LittleEndian(p, (ushort)DhanDepthParser.TwentyLevelPacketSize);
            p[2] = (byte)(i % 2 == 0 ? 41 : 51);
            p[3] = 2;
        }
    }

    [Benchmark(OperationsPerInvoke = Packets, Baseline = true)]
    public double Ticker()
    {
        var visitor = new SummingVisitor();
        DhanFeedParser.Parse(_tickers, ref visitor);
        return visitor.Sum;
    }

    [Benchmark(OperationsPerInvoke = Packets)]
    public double Quote()
    {
        var visitor = new SummingVisitor();
        DhanFeedParser.Parse(_quotes, ref visitor);
        return visitor.Sum;
    }

    [Benchmark(OperationsPerInvoke = Packets)]
    public double Full()
    {
        var visitor = new SummingVisitor();
        DhanFeedParser.Parse(_fulls, ref visitor);
        return visitor.Sum;
    }

    [Benchmark(OperationsPerInvoke = 100)]
    public double TwentyLevelDepth()
    {
        var visitor = new DepthVisitor();
        DhanDepthParser.Parse(_depth, DhanDepthFeedKind.TwentyLevel, ref visitor);
        return visitor.Sum;
    }

    private static byte[] Frame(int size, Action<byte[], int> fill)
    {
        var frame = new byte[size * Packets];
        var packet = new byte[size];
        for (var i = 0; i < Packets; i++)
        {
            Array.Clear(packet);
            fill(packet, i);
            BinaryPrimitives.WriteUInt16LittleEndian(packet.AsSpan(1), (ushort)size);
            packet[3] = 1;
            BinaryPrimitives.WriteUInt32LittleEndian(packet.AsSpan(4), (uint)(1000 + i));
            packet.CopyTo(frame, i * size);
        }

        return frame;
    }

    private struct SummingVisitor : IDhanFeedPacketVisitor
    {
        public double Sum;

        public void OnTicker(DhanTickerPacket packet) => Sum += packet.LastPriceRaw + packet.LastTradeTimeRaw + packet.SecurityId + packet.SegmentCode;

        public void OnQuote(DhanQuotePacket packet) => Sum += packet.LastPriceRaw + packet.Volume + packet.LastQuantity + packet.HighRaw + packet.LowRaw + packet.SecurityId;

        public void OnOpenInterest(DhanOpenInterestPacket packet) => Sum += packet.OpenInterest;

        public void OnPreviousClose(DhanPreviousClosePacket packet) => Sum += packet.PreviousCloseRaw;

        public void OnMarketStatus(DhanFeedPacketHeader header, ReadOnlySpan<byte> packet) => Sum++;

        public void OnFull(DhanFullPacket packet) => Sum += packet.LastPriceRaw + packet.OpenInterest + packet.Volume + packet.SecurityId;

        public void OnDisconnect(DhanFeedPacketHeader header, int reasonCode) => Sum += reasonCode;

        public void OnUnknown(DhanFeedPacketHeader header, ReadOnlySpan<byte> packet) => Sum--;

        public void OnMalformed(DhanFeedFrameError error) => Sum -= 1000;
    }

    private struct DepthVisitor : IDhanDepthPacketVisitor
    {
        public double Sum;

        public void OnDepth(DhanDepthPacket packet)
        {
            for (var i = 0; i < packet.LevelCount; i++)
            {
                Sum += packet.GetRawPrice(i);
            }
        }

        public void OnDisconnect(DhanDepthPacketHeader header, int reasonCode) => Sum += reasonCode;

        public void OnUnknown(DhanDepthPacketHeader header, ReadOnlySpan<byte> packet) => Sum--;

        public void OnMalformed(DhanFeedFrameError error) => Sum -= 1000;
    }
}
