using Broker.Dhan.Feeds;
using static Broker.Dhan.Tests.Feeds.FeedBytes;

namespace Broker.Dhan.Tests.Feeds;

/// <summary>
/// Every main-feed packet type built field by field from the spec's layout table (dhan-api.md §10.3), compared
/// byte for byte with the synthetic golden vectors (pitfalls-and-vectors.md §3.1), then parsed.
/// </summary>
public sealed class DhanFeedParserTests
{
    internal const string TickerHex = "02100001350500000088bb4494077567";
    internal const string PrevCloseHex = "06100001350500000050ba4400000000";
    internal const string QuoteHex = "04320001350500000088bb441900940775670058bb4487d61200409c0000b888000000e0ba440050ba4400d8bc440008ba44";
    internal const string OiHex = "050c0002cfcb000044d61200";
    internal const string FullHex = "08a20002cfcb0000008075434b00940775670040744306120f00e02e0000983a000044d6120020d61300804f12000000704300806e4300407a4300c06c436400000096000000030004000080bb440090bb44c8000000fa000000050006000078bb440098bb442c0100005e010000070008000070bb4400a0bb4490010000c201000009000a000068bb4400a8bb44f4010000260200000b000c000060bb4400b0bb44";
    internal const string DisconnectHex = "320a0000000000002703";

    [Fact]
    public void Ticker_built_from_the_layout_matches_the_golden_vector_and_parses()
    {
        var bytes = new FeedBytes(16).Header(2, 16, 1, 1333).F32(8, 1500.25f).U32(12, 1735722900).Bytes;
        Assert.Equal(Hex(TickerHex), bytes);

        var packet = new DhanTickerPacket(bytes);
        Assert.Equal(DhanFeedResponseCode.Ticker, packet.Header.ResponseCode);
        Assert.Equal(16, packet.Header.MessageLength);
        Assert.Equal(DhanExchangeSegment.NseEquity, packet.Header.ExchangeSegment);
        Assert.Equal(1333u, packet.SecurityId);
        Assert.Equal(1500.25m, packet.LastPrice);
        Assert.Equal(1735722900u, packet.LastTradeTimeRaw);
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 9, 15, 0, TimeSpan.FromHours(5.5)), packet.LastTradeTime);
    }

    [Theory]
    [InlineData(1, 99999.95)]
    [InlineData(1, 100000.05)]
    [InlineData(0, 85000.15)]
    public void Ticker_prices_from_a_lakh_up_keep_their_paise(byte segment, double price)
    {
        var bytes = new FeedBytes(16).Header(2, 16, segment, 13).F32(8, (float)price).U32(12, 1735722900).Bytes;

        var packet = new DhanTickerPacket(bytes);

        Assert.Equal((decimal)price, packet.LastPrice);
    }

    [Fact]
    public void Previous_close_built_from_the_layout_matches_the_golden_vector_and_parses()
    {
        var bytes = new FeedBytes(16).Header(6, 16, 1, 1333).F32(8, 1490.5f).U32(12, 0).Bytes;
        Assert.Equal(Hex(PrevCloseHex), bytes);

        var packet = new DhanPreviousClosePacket(bytes);
        Assert.Equal(DhanFeedResponseCode.PreviousClose, packet.Header.ResponseCode);
        Assert.Equal(1490.5m, packet.PreviousClose);
        Assert.Equal(0u, packet.PreviousOpenInterest);
    }

    [Fact]
    public void Quote_built_from_the_layout_matches_the_golden_vector_and_parses()
    {
        var bytes = new FeedBytes(50).Header(4, 50, 1, 1333)
            .F32(8, 1500.25f).U16(12, 25).U32(14, 1735722900).F32(18, 1498.75f).U32(22, 1234567)
            .U32(26, 40000).U32(30, 35000).F32(34, 1495.0f).F32(38, 1490.5f).F32(42, 1510.75f).F32(46, 1488.25f).Bytes;
        Assert.Equal(Hex(QuoteHex), bytes);

        var packet = new DhanQuotePacket(bytes);
        Assert.Equal(1500.25m, packet.LastPrice);
        Assert.Equal(25, packet.LastQuantity);
        Assert.Equal(1735722900u, packet.LastTradeTimeRaw);
        Assert.Equal(1498.75f, packet.AveragePriceRaw);
        Assert.Equal(1234567u, packet.Volume);
        Assert.Equal(40000u, packet.TotalSellQuantity);
        Assert.Equal(35000u, packet.TotalBuyQuantity);
        Assert.Equal((1495.0f, 1490.5f, 1510.75f, 1488.25f), (packet.OpenRaw, packet.CloseRaw, packet.HighRaw, packet.LowRaw));
    }

    [Fact]
    public void Open_interest_built_from_the_layout_matches_the_golden_vector_and_parses()
    {
        var bytes = new FeedBytes(12).Header(5, 12, 2, 52175).U32(8, 1234500).Bytes;
        Assert.Equal(Hex(OiHex), bytes);

        var packet = new DhanOpenInterestPacket(bytes);
        Assert.Equal(DhanExchangeSegment.NseFno, packet.Header.ExchangeSegment);
        Assert.Equal(52175u, packet.SecurityId);
        Assert.Equal(1234500u, packet.OpenInterest);
    }

    [Fact]
    public void Full_built_from_the_layout_matches_the_golden_vector_and_parses_all_five_levels()
    {
        var builder = new FeedBytes(162).Header(8, 162, 2, 52175)
            .F32(8, 245.5f).U16(12, 75).U32(14, 1735722900).F32(18, 244.25f).U32(22, 987654).U32(26, 12000).U32(30, 15000)
            .U32(34, 1234500).U32(38, 1300000).U32(42, 1200000).F32(46, 240.0f).F32(50, 238.5f).F32(54, 250.25f).F32(58, 236.75f);
        for (var i = 0; i < 5; i++)
        {
            var at = 62 + (20 * i);
            builder.U32(at, (uint)(100 + (100 * i))).U32(at + 4, (uint)(150 + (100 * i))).U16(at + 8, (ushort)(3 + (2 * i))).U16(at + 10, (ushort)(4 + (2 * i)))
                .F32(at + 12, 1500.0f - (0.25f * i)).F32(at + 16, 1500.5f + (0.25f * i));
        }

        Assert.Equal(Hex(FullHex), builder.Bytes);

        var packet = new DhanFullPacket(builder.Bytes);
        Assert.Equal(245.5m, packet.LastPrice);
        Assert.Equal(75, packet.LastQuantity);
        Assert.Equal(987654u, packet.Volume);
        Assert.Equal((1234500u, 1300000u, 1200000u), (packet.OpenInterest, packet.OpenInterestDayHigh, packet.OpenInterestDayLow));
        Assert.Equal((240.0f, 238.5f, 250.25f, 236.75f), (packet.OpenRaw, packet.CloseRaw, packet.HighRaw, packet.LowRaw));
        Assert.Equal(new DhanMarketDepthLevel(100, 150, 3, 4, 1500.00m, 1500.50m), packet.GetDepthLevel(0));
        Assert.Equal(new DhanMarketDepthLevel(500, 550, 11, 12, 1499.00m, 1501.50m), packet.GetDepthLevel(4));
    }

    [Fact]
    public void Disconnect_built_from_the_layout_matches_the_golden_vector_and_reports_its_reason()
    {
        var bytes = new FeedBytes(10).Header(50, 10, 0, 0).U16(8, 807).Bytes;
        Assert.Equal(Hex(DisconnectHex), bytes);

        var visitor = new RecordingVisitor();
        Assert.Equal(1, DhanFeedParser.Parse(bytes, ref visitor));
        Assert.Equal(["disconnect 807"], visitor.Calls);
    }

    [Fact]
    public void Market_status_packet_is_header_only_and_reported()
    {
        var bytes = new FeedBytes(8).Header(7, 8, 1, 0).Bytes;
        var visitor = new RecordingVisitor();

        Assert.Equal(1, DhanFeedParser.Parse(bytes, ref visitor));
        Assert.Equal(["status 1/0 len 8"], visitor.Calls);
    }

    [Fact]
    public void Every_packet_of_a_multi_packet_frame_is_parsed_in_order()
    {
        var frame = Concat(Hex(PrevCloseHex), Hex(QuoteHex), Hex(OiHex), Hex(FullHex), Hex(TickerHex), Hex(DisconnectHex));
        var visitor = new RecordingVisitor();

        Assert.Equal(6, DhanFeedParser.Parse(frame, ref visitor));
        Assert.Equal(["prevclose 1/1333", "quote 1/1333", "oi 2/52175", "full 2/52175", "ticker 1/1333", "disconnect 807"], visitor.Calls);
        Assert.Empty(visitor.Errors);
    }

    [Fact]
    public void Truncated_last_packet_is_reported_after_the_complete_ones_without_throwing()
    {
        var quote = Hex(QuoteHex);
        var frame = Concat(Hex(TickerHex), quote[..30]);
        var visitor = new RecordingVisitor();

        Assert.Equal(1, DhanFeedParser.Parse(frame, ref visitor));
        Assert.Equal(["ticker 1/1333", "malformed TruncatedPacket"], visitor.Calls);
        var error = visitor.Errors[0];
        Assert.Equal((16, 46, 4, 50), (error.Offset, error.FrameLength, error.ResponseCode, error.DeclaredLength));
        Assert.Contains("declares 50 bytes but only 30 remain", error.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Leftover_bytes_shorter_than_a_header_are_reported_as_a_truncated_header()
    {
        var frame = Concat(Hex(TickerHex), [2, 16, 0]);
        var visitor = new RecordingVisitor();

        Assert.Equal(1, DhanFeedParser.Parse(frame, ref visitor));
        Assert.Equal(["ticker 1/1333", "malformed TruncatedHeader"], visitor.Calls);
    }

    [Fact]
    public void Unknown_response_code_is_reported_and_parsing_continues_after_it()
    {
        var unknown = new FeedBytes(12).Header(99, 12, 1, 77).U32(8, 5).Bytes;
        var frame = Concat(unknown, Hex(TickerHex));
        var visitor = new RecordingVisitor();

        Assert.Equal(2, DhanFeedParser.Parse(frame, ref visitor));
        Assert.Equal(["unknown 99 len 12", "ticker 1/1333"], visitor.Calls);
    }

    [Fact]
    public void Index_code_without_a_published_layout_is_reported_as_unknown()
    {
        var index = new FeedBytes(16).Header(1, 16, 0, 13).F32(8, 25850.35f).Bytes;
        var visitor = new RecordingVisitor();

        DhanFeedParser.Parse(index, ref visitor);

        Assert.Equal(["unknown 1 len 16"], visitor.Calls);
    }

    [Fact]
    public void Packet_declaring_length_zero_is_read_at_its_known_size()
    {
        var ticker = Hex(TickerHex);
        ticker[1] = 0;
        var frame = Concat(ticker, Hex(OiHex));
        var visitor = new RecordingVisitor();

        Assert.Equal(2, DhanFeedParser.Parse(frame, ref visitor));
        Assert.Equal(["ticker 1/1333", "oi 2/52175"], visitor.Calls);
    }

    [Fact]
    public void Length_shorter_than_the_header_stops_the_frame_with_an_error()
    {
        var bad = new FeedBytes(8).Header(2, 3, 1, 1).Bytes;
        var frame = Concat(bad, Hex(TickerHex));
        var visitor = new RecordingVisitor();

        Assert.Equal(0, DhanFeedParser.Parse(frame, ref visitor));
        Assert.Equal(["malformed InvalidLength"], visitor.Calls);
    }

    [Fact]
    public void Packet_shorter_than_its_layout_at_the_end_of_the_frame_is_reported_and_skipped()
    {
        var shortTicker = new FeedBytes(12).Header(2, 12, 1, 1333).Bytes;
        var frame = Concat(Hex(OiHex), shortTicker);
        var visitor = new RecordingVisitor();

        Assert.Equal(1, DhanFeedParser.Parse(frame, ref visitor));
        Assert.Equal(["oi 2/52175", "malformed PacketTooShort"], visitor.Calls);
        Assert.Equal(16, visitor.Errors[0].RequiredLength);
    }

    [Fact]
    public void Lengths_that_exclude_the_header_are_read_at_the_layouts_size_and_every_packet_is_delivered()
    {
        // Each packet declares its length without the 8-byte header (ticker 8, OI 4, quote 42).
        var ticker = new FeedBytes(16).Header(2, 8, 1, 1333).F32(8, 1500.25f).U32(12, 1735722900).Bytes;
        var oi = new FeedBytes(12).Header(5, 4, 2, 52175).U32(8, 1234500).Bytes;
        var quote = new FeedBytes(50).Header(4, 42, 1, 1333).F32(8, 1500.25f).Bytes;
        var visitor = new RecordingVisitor();

        Assert.Equal(3, DhanFeedParser.Parse(Concat(ticker, oi, quote), ref visitor));

        Assert.Equal(["ticker 1/1333", "oi 2/52175", "quote 1/1333"], visitor.Calls.Where(c => !c.StartsWith("malformed", StringComparison.Ordinal)));
        Assert.All(visitor.Errors, e => Assert.Equal(DhanFeedFrameErrorKind.LengthDisagreesWithLayout, e.Kind));
        Assert.Equal([(8, 16), (4, 12), (42, 50)], visitor.Errors.Select(e => (e.DeclaredLength, e.RequiredLength)));
    }

    [Fact]
    public void Longer_packet_than_the_layout_is_accepted_and_the_next_packet_found_by_its_length()
    {
        var longTicker = new FeedBytes(20).Header(2, 20, 1, 1333).F32(8, 10.5f).Bytes;
        var frame = Concat(longTicker, Hex(OiHex));
        var visitor = new RecordingVisitor();

        Assert.Equal(2, DhanFeedParser.Parse(frame, ref visitor));
        Assert.Equal(["ticker 1/1333", "oi 2/52175"], visitor.Calls);
    }

    [Fact]
    public void Empty_frame_delivers_nothing()
    {
        var visitor = new RecordingVisitor();

        Assert.Equal(0, DhanFeedParser.Parse(ReadOnlySpan<byte>.Empty, ref visitor));
        Assert.Empty(visitor.Calls);
    }

    [Fact]
    public void Random_garbage_never_throws()
    {
        var random = new Random(12);
        for (var i = 0; i < 2000; i++)
        {
            var frame = new byte[random.Next(0, 400)];
            random.NextBytes(frame);
            var visitor = new RecordingVisitor();
            DhanFeedParser.Parse(frame, ref visitor);
            Assert.True(visitor.Calls.Count <= frame.Length / 8 + 1);
        }
    }

    [Fact]
    public void Parsing_ticker_frames_with_a_struct_visitor_allocates_nothing()
    {
        var frame = Concat(Enumerable.Repeat(Hex(TickerHex), 64).ToArray());
        var visitor = new SummingVisitor();
        DhanFeedParser.Parse(frame, ref visitor);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            DhanFeedParser.Parse(frame, ref visitor);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.Equal(64 * 1001, visitor.Count);
    }

    private struct SummingVisitor : IDhanFeedPacketVisitor
    {
        public long Count;
        public double Sum;

        public void OnTicker(DhanTickerPacket packet)
        {
            Count++;
            Sum += packet.LastPriceRaw + packet.LastTradeTimeRaw;
        }

        public void OnQuote(DhanQuotePacket packet) => Count++;

        public void OnOpenInterest(DhanOpenInterestPacket packet) => Count++;

        public void OnPreviousClose(DhanPreviousClosePacket packet) => Count++;

        public void OnMarketStatus(DhanFeedPacketHeader header, ReadOnlySpan<byte> packet) => Count++;

        public void OnFull(DhanFullPacket packet) => Count++;

        public void OnDisconnect(DhanFeedPacketHeader header, int reasonCode) => Count++;

        public void OnUnknown(DhanFeedPacketHeader header, ReadOnlySpan<byte> packet) => Count++;

        public void OnMalformed(DhanFeedFrameError error) => Count--;
    }
}
