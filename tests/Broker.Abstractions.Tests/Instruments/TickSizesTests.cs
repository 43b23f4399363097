using Broker.Instruments;

namespace Broker.Abstractions.Tests.Instruments;

public class TickSizesTests
{
    [Theory]
    [InlineData("10.0000", null, "0.10")] // RELIANCE in the compact master: paise
    [InlineData("5.0000", "20.10", "0.05")] // an option with a ₹20.10 upper circuit: paise
    [InlineData("0.0500", "26050", "0.05")] // a future: rupees
    [InlineData("0.0025", null, "0.0025")] // currency derivatives: rupees
    [InlineData("5.0000", "150000", "5")] // a ₹1,50,000 share with a ₹5 tick: rupees
    [InlineData("500.0000", "150000", "5")] // the same tick written in paise
    [InlineData("1.0000", "72000", "1")] // MCX gold: rupees
    public void Auto_reads_the_unit_from_the_magnitude_against_the_price(string raw, string? price, string expected)
    {
        var normalised = TickSizes.Normalize(D(raw), TickSizeUnit.Auto, price is null ? null : D(price));

        Assert.Equal(D(expected), normalised);
    }

    [Fact]
    public void Explicit_units_are_applied_as_configured()
    {
        Assert.Equal(0.05m, TickSizes.Normalize(5m, TickSizeUnit.Paise));
        Assert.Equal(5m, TickSizes.Normalize(5m, TickSizeUnit.Rupees));
    }

    [Fact]
    public void Zero_or_missing_tick_sizes_are_unknown()
    {
        Assert.Null(TickSizes.Normalize(0m, TickSizeUnit.Auto));
        Assert.Null(TickSizes.Normalize(null, TickSizeUnit.Auto));
    }

    private static decimal D(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
