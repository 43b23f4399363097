using Broker.Instruments;

namespace Broker.Abstractions.Tests.Instruments;

public class CsvColumnMapTests
{
    [Fact]
    public void Columns_are_found_by_name_case_insensitively_and_trimmed_whatever_their_order()
    {
        var map = new CsvColumnMap([" lot_size", "STRIKE_PRICE ", ""], "m.csv");

        Assert.Equal(0, map.Required("LOT_SIZE"));
        Assert.Equal(1, map.Required("strike_price"));
        Assert.Equal(-1, map.Optional("feed_key"));
    }

    [Fact]
    public void A_missing_required_column_fails_naming_the_column_and_showing_the_header()
    {
        var map = new CsvColumnMap(["exchange", "lot_size"], "instrument.csv");

        var error = Assert.Throws<InstrumentMasterFormatException>(() => map.Required("tick_size"));

        Assert.Equal("tick_size", error.ColumnName);
        Assert.Contains("'tick_size'", error.Message, StringComparison.Ordinal);
        Assert.Contains("exchange,lot_size", error.Message, StringComparison.Ordinal);
        Assert.Contains("instrument.csv", error.Message, StringComparison.Ordinal);
    }
}
