using Broker.Dhan.Feeds;

namespace Broker.Dhan.Tests.Feeds;

public sealed class DhanFeedValueTests
{
    private static readonly TimeSpan Ist = TimeSpan.FromHours(5.5);

    [Fact]
    public void Float_price_noise_is_rounded_to_two_decimals_without_a_tick()
    {
        Assert.Equal(247.80m, DhanFeedPrice.FromSingle(247.8000030517578f));
    }

    [Fact]
    public void Float_price_is_rounded_to_the_instrument_tick_when_known()
    {
        Assert.Equal(1500.25m, DhanFeedPrice.FromSingle(1500.26f, 0.05m));
        Assert.Equal(83.2525m, DhanFeedPrice.FromSingle(83.2525f, 0.0025m));
    }

    [Theory]
    [InlineData(99999.95, 0.05)]
    [InlineData(100000.05, 0.05)]
    [InlineData(85000.15, 0.05)]
    [InlineData(100000.05, 0)]
    public void Float_prices_above_seven_significant_digits_round_to_the_tick_not_to_the_rupee(double price, double tick)
    {
        Assert.Equal((decimal)price, DhanFeedPrice.FromSingle((float)price, (decimal)tick));
    }

    [Fact]
    public void Non_finite_price_reads_as_zero()
    {
        Assert.Equal(0m, DhanFeedPrice.FromSingle(float.NaN));
        Assert.Equal(0m, DhanFeedPrice.FromSingle(float.MaxValue));
        Assert.Equal(0m, DhanFeedPrice.FromDouble(double.PositiveInfinity));
    }

    [Fact]
    public void Trade_time_is_read_as_ist_wall_clock_seconds_by_default()
    {
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 9, 15, 0, Ist), DhanFeedTime.ToIst(1735722900));
        Assert.Equal(Ist, DhanFeedTime.ToIst(1735722900).Offset);
    }

    [Fact]
    public void Trade_time_as_unix_seconds_is_shifted_to_ist()
    {
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 14, 45, 0, Ist), DhanFeedTime.ToIst(1735722900, DhanTradeTimeEncoding.UnixEpoch));
    }

    [Fact]
    public void Trade_time_round_trips_through_the_wire_encoding()
    {
        var value = new DateTimeOffset(2026, 11, 23, 10, 0, 5, Ist);
        Assert.Equal(value, DhanFeedTime.ToIst(DhanFeedTime.ToWire(value)));
        Assert.Equal(value, DhanFeedTime.ToIst(DhanFeedTime.ToWire(value, DhanTradeTimeEncoding.UnixEpoch), DhanTradeTimeEncoding.UnixEpoch));
    }

    [Fact]
    public void Segment_codes_follow_the_annexure()
    {
        Assert.Equal(DhanExchangeSegment.Index, DhanFeedSegments.FromCode(0));
        Assert.Equal(DhanExchangeSegment.NseFno, DhanFeedSegments.FromCode(2));
        Assert.Equal(DhanExchangeSegment.BseFno, DhanFeedSegments.FromCode(8));
        Assert.Equal("42", DhanFeedSegments.FromCode(42).Value);
        Assert.True(DhanFeedSegments.TryGetCode(DhanExchangeSegment.McxCommodity, out var mcx));
        Assert.Equal(5, mcx);
        Assert.False(DhanFeedSegments.TryGetCode(DhanExchangeSegment.NseCommodity, out _));
    }
}
