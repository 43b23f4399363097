using Broker.Instruments;

namespace Broker.Abstractions.Tests.Instruments;

public class CsvFieldsTests
{
    [Theory]
    [InlineData("29150.00000", "29150")]
    [InlineData("-0.01000", "-0.01")]
    [InlineData("0.0500", "0.05")]
    [InlineData(" 65.0 ", "65")]
    [InlineData("1e3", "1000")]
    [InlineData("0", "0")]
    public void Decimals_parse_exactly(string text, string expected)
    {
        Assert.True(CsvFields.TryParseDecimal(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("NA")]
    [InlineData("NaN")]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    public void Missing_or_malformed_decimals_do_not_parse(string text) => Assert.False(CsvFields.TryParseDecimal(text, out _));

    [Theory]
    [InlineData("65.0", 65)]
    [InlineData("1800", 1800)]
    [InlineData("33340.00", 33340)]
    public void Whole_numbers_accept_a_zero_fraction(string text, long expected)
    {
        Assert.True(CsvFields.TryParseInt64(text, out var value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void A_fractional_quantity_is_not_a_whole_number() => Assert.False(CsvFields.TryParseInt64("65.5", out _));

    [Theory]
    [InlineData("2026-09-29", 2026, 9, 29)]
    [InlineData("2026-09-29 14:30:00", 2026, 9, 29)]
    [InlineData("29/09/2026", 2026, 9, 29)]
    [InlineData("29-Sep-2026", 2026, 9, 29)]
    public void Dates_parse_in_the_brokers_formats(string text, int year, int month, int day)
    {
        Assert.True(CsvFields.TryParseDate(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("")]
    [InlineData("NA")]
    public void No_date_sentinels_read_as_no_value(string text)
    {
        Assert.True(CsvFields.TryParseDate(text, out var date));
        Assert.Null(date);
    }

    [Fact]
    public void Text_that_is_not_a_date_is_reported() => Assert.False(CsvFields.TryParseDate("someday", out _));

    [Theory]
    [InlineData("1", true)]
    [InlineData("Y", true)]
    [InlineData("0", false)]
    [InlineData("N", false)]
    [InlineData("NA", null)]
    public void Flags_parse(string text, bool? expected) => Assert.Equal(expected, CsvFields.ParseFlag(text));

    [Fact]
    public void The_string_pool_returns_one_instance_per_distinct_text()
    {
        var pool = new StringPool();

        var first = pool.Get("NSE_FNO".AsSpan());
        var second = pool.Get("NSE_FNO,".AsSpan(0, 7));

        Assert.Same(first, second);
        Assert.Equal(1, pool.Count);
    }
}
