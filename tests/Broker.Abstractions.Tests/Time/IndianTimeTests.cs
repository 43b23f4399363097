using Broker.Testing;
using Broker.Time;

namespace Broker.Abstractions.Tests.Time;

public class IndianTimeTests
{
    private static readonly TimeSpan Ist = new(5, 30, 0);

    [Fact]
    public void Now_is_the_providers_instant_with_the_fixed_IST_offset()
    {
        var clock = FakeClock.Create(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));

        var now = IndianTime.Now(clock);

        Assert.Equal(Ist, now.Offset);
        Assert.Equal(new DateTime(2026, 11, 23, 5, 30, 0), now.DateTime);
    }

    [Theory]
    [InlineData("2026-11-23T00:29:59Z", "2026-11-23T06:00:00+05:30")]
    [InlineData("2026-11-23T00:30:00Z", "2026-11-24T06:00:00+05:30")]
    [InlineData("2026-11-22T22:00:00Z", "2026-11-23T06:00:00+05:30")]
    [InlineData("2026-12-31T23:59:00Z", "2027-01-01T06:00:00+05:30")]
    public void NextOccurrence_finds_the_next_06_00_IST(string now, string expected)
    {
        var next = IndianTime.NextOccurrence(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(6, 0));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
        Assert.Equal(Ist, next.Offset);
    }

    [Theory]
    [InlineData("2024-07-01T12:34:56", 2024, 7, 1, 12, 34, 56)]
    [InlineData("2025-09-23T12:37:23.000", 2025, 9, 23, 12, 37, 23)]
    [InlineData("2024-07-01 12:34:56", 2024, 7, 1, 12, 34, 56)]
    [InlineData("30/03/2025 15:37", 2025, 3, 30, 15, 37, 0)]
    [InlineData("01/01/1980 00:00:00", 1980, 1, 1, 0, 0, 0)]
    [InlineData("2024-12-05 09:37:52.0", 2024, 12, 5, 9, 37, 52)]
    [InlineData("2024-10-31", 2024, 10, 31, 0, 0, 0)]
    public void TryParse_reads_naive_broker_timestamps_as_IST(string text, int y, int mo, int d, int h, int mi, int s)
    {
        Assert.True(IndianTime.TryParse(text, out var value));

        Assert.Equal(new DateTimeOffset(y, mo, d, h, mi, s, Ist), value);
        Assert.Equal(Ist, value.Offset);
    }

    [Theory]
    [InlineData("2019-08-24T14:15:22Z", "2019-08-24T19:45:22+05:30")]
    [InlineData("2019-08-24T14:15:22+00:00", "2019-08-24T19:45:22+05:30")]
    [InlineData("2019-08-24T19:45:22+05:30", "2019-08-24T19:45:22+05:30")]
    public void TryParse_keeps_the_instant_of_zoned_timestamps_and_shows_it_in_IST(string text, string expected)
    {
        Assert.True(IndianTime.TryParse(text, out var value));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(Ist, value.Offset);
    }

    [Theory]
    [InlineData("1700000000", 1700000000L)]
    [InlineData("1700000000000", 1700000000L)]
    public void TryParse_reads_epoch_seconds_and_milliseconds(string text, long seconds)
    {
        Assert.True(IndianTime.TryParse(text, out var value));

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(seconds), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("NA")]
    [InlineData("yesterday")]
    public void TryParse_rejects_text_that_is_not_a_timestamp(string text) =>
        Assert.False(IndianTime.TryParse(text, out _));

    [Fact]
    public void Parse_names_the_text_it_could_not_read()
    {
        var ex = Assert.Throws<FormatException>(() => IndianTime.Parse("soon"));

        Assert.Contains("'soon'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_writes_the_IST_wall_clock()
    {
        var utc = new DateTimeOffset(2026, 11, 23, 3, 45, 0, TimeSpan.Zero);

        Assert.Equal("2026-11-23 09:15:00", IndianTime.Format(utc, "yyyy-MM-dd HH:mm:ss"));
    }

    [Fact]
    public void Today_is_the_Indian_calendar_date_even_when_UTC_is_still_yesterday()
    {
        var clock = FakeClock.Create(new DateTimeOffset(2026, 11, 22, 20, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 11, 23), IndianTime.Today(clock));
    }
}
