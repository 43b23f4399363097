using Broker.Dhan.Feeds;
using static Broker.Dhan.Tests.Feeds.FeedBytes;

namespace Broker.Dhan.Tests.Feeds;

/// <summary>20/200-level depth packets from the layout table (dhan-api.md §11.3): 12-byte header, float64 prices.</summary>
public sealed class DhanDepthParserTests
{
    private static byte[] TwentyLevel(byte code, uint securityId, double firstPrice, double step)
    {
        var builder = new FeedBytes(332).DepthHeader(332, code, 2, securityId, 0);
        for (var i = 0; i < 20; i++)
        {
            var at = 12 + (16 * i);
            builder.F64(at, firstPrice + (step * i)).U32(at + 8, (uint)(75 * (i + 1))).U32(at + 12, (uint)(i + 1));
        }

        return builder.Bytes;
    }

    [Fact]
    public void Twenty_level_bid_packet_matches_the_golden_prefix_and_parses_twenty_levels()
    {
        var bytes = TwentyLevel(41, 52175, 245.5, -0.05);
        Assert.Equal(Hex("4c012902cfcb000000000000" + "0000000000b06e404b00000001000000"), bytes[..28]);

        var visitor = new RecordingVisitor();
        Assert.Equal(1, DhanDepthParser.Parse(bytes, DhanDepthFeedKind.TwentyLevel, ref visitor));

        Assert.Equal(["depth Bid 52175 x20"], visitor.Calls);
        var levels = (DhanDepthEntry[])visitor.Values[0];
        Assert.Equal(new DhanDepthEntry(245.50m, 75, 1), levels[0]);
        Assert.Equal(new DhanDepthEntry(244.55m, 1500, 20), levels[19]);
    }

    [Fact]
    public void Stacked_bid_and_ask_packets_of_two_instruments_are_split_by_length()
    {
        var frame = Concat(TwentyLevel(41, 1, 100, -0.05), TwentyLevel(51, 1, 100.05, 0.05), TwentyLevel(41, 2, 200, -0.05), TwentyLevel(51, 2, 200.05, 0.05));
        var visitor = new RecordingVisitor();

        Assert.Equal(4, DhanDepthParser.Parse(frame, DhanDepthFeedKind.TwentyLevel, ref visitor));
        Assert.Equal(["depth Bid 1 x20", "depth Ask 1 x20", "depth Bid 2 x20", "depth Ask 2 x20"], visitor.Calls);
    }

    [Fact]
    public void Two_hundred_level_packet_reads_exactly_the_declared_rows()
    {
        var builder = new FeedBytes(12 + (3 * 16)).DepthHeader(60, 51, 1, 1333, 3);
        builder.F64(12, 1500.05).U32(20, 10).U32(24, 1).F64(28, 1500.10).U32(36, 20).U32(40, 2).F64(44, 1500.15).U32(52, 30).U32(56, 3);
        var visitor = new RecordingVisitor();

        Assert.Equal(1, DhanDepthParser.Parse(builder.Bytes, DhanDepthFeedKind.TwoHundredLevel, ref visitor));

        Assert.Equal(["depth Ask 1333 x3"], visitor.Calls);
        Assert.Equal([new DhanDepthEntry(1500.05m, 10, 1), new DhanDepthEntry(1500.10m, 20, 2), new DhanDepthEntry(1500.15m, 30, 3)], (DhanDepthEntry[])visitor.Values[0]);
    }

    [Fact]
    public void Two_hundred_level_packet_declaring_more_rows_than_it_holds_is_reported_and_skipped()
    {
        var bad = new FeedBytes(28).DepthHeader(28, 41, 1, 1333, 5).Bytes;
        var good = new FeedBytes(28).DepthHeader(28, 51, 1, 1333, 1).F64(12, 99.5).Bytes;
        var visitor = new RecordingVisitor();

        Assert.Equal(1, DhanDepthParser.Parse(Concat(bad, good), DhanDepthFeedKind.TwoHundredLevel, ref visitor));
        Assert.Equal(["malformed PacketTooShort", "depth Ask 1333 x1"], visitor.Calls);
    }

    [Fact]
    public void Depth_disconnect_with_a_reason_after_the_header_reads_it_there()
    {
        var bytes = new FeedBytes(14).DepthHeader(14, 50, 0, 0, 0).U16(12, 805).Bytes;
        var visitor = new RecordingVisitor();

        DhanDepthParser.Parse(bytes, DhanDepthFeedKind.TwentyLevel, ref visitor);

        Assert.Equal(["depth-disconnect 805"], visitor.Calls);
    }

    [Fact]
    public void Depth_disconnect_of_twelve_bytes_reads_the_reason_at_offset_eight()
    {
        var bytes = new FeedBytes(12).DepthHeader(12, 50, 0, 0, 808).Bytes;
        var visitor = new RecordingVisitor();

        DhanDepthParser.Parse(bytes, DhanDepthFeedKind.TwentyLevel, ref visitor);

        Assert.Equal(["depth-disconnect 808"], visitor.Calls);
    }

    [Fact]
    public void Truncated_depth_frame_is_reported_without_throwing()
    {
        var frame = TwentyLevel(41, 1, 100, -0.05)[..200];
        var visitor = new RecordingVisitor();

        Assert.Equal(0, DhanDepthParser.Parse(frame, DhanDepthFeedKind.TwentyLevel, ref visitor));
        Assert.Equal(["malformed TruncatedPacket"], visitor.Calls);
    }

    [Fact]
    public void Unknown_depth_code_is_reported()
    {
        var bytes = new FeedBytes(16).DepthHeader(16, 2, 1, 5, 0).Bytes;
        var visitor = new RecordingVisitor();

        DhanDepthParser.Parse(bytes, DhanDepthFeedKind.TwentyLevel, ref visitor);

        Assert.Equal(["depth-unknown 2 len 16"], visitor.Calls);
    }
}
