using System.Text;
using Broker.Instruments;

namespace Broker.Abstractions.Tests.Instruments;

public class InstrumentMasterCsvReaderTests
{
    [Fact]
    public async Task Quoted_fields_keep_commas_escaped_quotes_and_line_breaks()
    {
        var rows = await ReadAllAsync("a,b,c\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\nplain,,last\n");

        Assert.Equal(["x,1", "say \"hi\"", "two\nlines"], rows[0]);
        Assert.Equal(["plain", "", "last"], rows[1]);
    }

    [Fact]
    public async Task A_byte_order_mark_crlf_line_ends_and_blank_lines_are_tolerated()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("EXCH_ID,SEGMENT\r\n\r\nNSE,E\r\n  \r\nBSE,D")).ToArray();
        await using var reader = await InstrumentMasterCsvReader.OpenAsync(new MemoryStream(bytes), "test.csv");

        Assert.Equal(0, reader.Required("EXCH_ID"));
        Assert.True(await reader.ReadAsync());
        Assert.Equal("NSE", reader.GetField(0).ToString());
        Assert.Equal("E", reader.GetField(1).ToString());
        Assert.True(await reader.ReadAsync());
        Assert.Equal("D", reader.GetField(1).ToString());
        Assert.False(await reader.ReadAsync());
    }

    [Fact]
    public async Task A_trailing_comma_gives_an_empty_last_field_and_absent_columns_read_as_empty()
    {
        await using var reader = await InstrumentMasterCsvReader.OpenAsync(new MemoryStream(Encoding.UTF8.GetBytes("A,B,\n1,2,\n3\n")), "test.csv");

        Assert.True(await reader.ReadAsync());
        Assert.Equal(3, reader.FieldCount);
        Assert.True(reader.GetField(2).IsEmpty);
        Assert.True(reader.GetField(7).IsEmpty);
        Assert.True(reader.GetField(-1).IsEmpty);
        Assert.True(await reader.ReadAsync());
        Assert.Equal("3", reader.GetField(0).ToString());
        Assert.True(reader.GetField(1).IsEmpty);
    }

    [Fact]
    public async Task A_row_starting_with_a_hash_is_data_not_a_comment()
    {
        var rows = await ReadAllAsync("symbol,id\n#NIFTY,1\n");

        Assert.Equal(["#NIFTY", "1"], rows[0]);
    }

    [Fact]
    public async Task Records_split_across_every_read_boundary_parse_the_same()
    {
        var text = new StringBuilder("id,name,quoted\n");
        for (var i = 0; i < 5000; i++)
        {
            text.Append(i).Append(",name-").Append(i).Append(",\"q,").Append(i).Append("\"\n");
        }

        var rows = await ReadAllAsync(text.ToString(), new OneByteAtATimeStream(Encoding.UTF8.GetBytes(text.ToString())));

        Assert.Equal(5000, rows.Count);
        Assert.Equal(["4999", "name-4999", "q,4999"], rows[^1]);
    }

    [Fact]
    public async Task Multi_byte_characters_survive_chunk_boundaries()
    {
        var text = "name\n" + string.Concat(Enumerable.Repeat("₹ पैसा\n", 3000));

        var rows = await ReadAllAsync(text, new OneByteAtATimeStream(Encoding.UTF8.GetBytes(text)));

        Assert.All(rows, r => Assert.Equal("₹ पैसा", r[0]));
    }

    [Fact]
    public async Task An_empty_source_fails_naming_the_source()
    {
        var error = await Assert.ThrowsAsync<InstrumentMasterFormatException>(() => InstrumentMasterCsvReader.OpenAsync(new MemoryStream([]), "empty.csv"));

        Assert.Contains("empty.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_quoting_fails_with_the_sdk_exception_naming_the_record()
    {
        await using var reader = await InstrumentMasterCsvReader.OpenAsync(new MemoryStream(Encoding.UTF8.GetBytes("A,B\n1,2\n\"x\"y,3\n")), "bad.csv");
        Assert.True(await reader.ReadAsync());

        var error = await Assert.ThrowsAsync<InstrumentMasterFormatException>(async () => await reader.ReadAsync());

        Assert.Equal(3, error.RecordNumber);
        Assert.Contains("bad.csv", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<FormatException>(error.InnerException);
    }

    [Fact]
    public async Task A_value_error_names_the_column_and_the_record()
    {
        await using var reader = await InstrumentMasterCsvReader.OpenAsync(new MemoryStream(Encoding.UTF8.GetBytes("LOT\n1\nabc\n")), "m.csv");
        await reader.ReadAsync();
        Assert.Equal(1, reader.GetWhole(0, "LOT"));
        await reader.ReadAsync();

        var error = Assert.Throws<InstrumentMasterFormatException>(() => reader.GetWhole(0, "LOT"));

        Assert.Equal("LOT", error.ColumnName);
        Assert.Equal(3, error.RecordNumber);
        Assert.Contains("record 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Columns_are_found_by_name_case_insensitively_and_trimmed_whatever_their_order()
    {
        await using var reader = await InstrumentMasterCsvReader.OpenAsync(new MemoryStream(Encoding.UTF8.GetBytes(" lot_size,STRIKE_PRICE ,\n")), "m.csv");

        Assert.Equal(0, reader.Required("LOT_SIZE"));
        Assert.Equal(1, reader.Required("strike_price"));
        Assert.Equal(-1, reader.Optional("feed_key"));
        Assert.False(reader.Contains("feed_key"));
    }

    [Fact]
    public async Task A_missing_required_column_fails_naming_the_column_and_showing_the_header()
    {
        await using var reader = await InstrumentMasterCsvReader.OpenAsync(new MemoryStream(Encoding.UTF8.GetBytes("exchange,lot_size\n")), "instrument.csv");

        var error = Assert.Throws<InstrumentMasterFormatException>(() => reader.Required("tick_size"));

        Assert.Equal("tick_size", error.ColumnName);
        Assert.Contains("'tick_size'", error.Message, StringComparison.Ordinal);
        Assert.Contains("exchange,lot_size", error.Message, StringComparison.Ordinal);
        Assert.Contains("instrument.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_use_the_brokers_spellings_of_no_value()
    {
        await using var reader = await InstrumentMasterCsvReader.OpenAsync(new MemoryStream(Encoding.UTF8.GetBytes("P,Q,D,F,S\nNA,65.0,0001-01-01,Y, x \n")), "m.csv");
        Assert.True(await reader.ReadAsync());

        Assert.Null(reader.GetDecimal(0, "P"));
        Assert.Equal(65, reader.GetWhole(1, "Q"));
        Assert.Null(reader.GetDate(2, "D"));
        Assert.True(reader.GetFlag(3));
        Assert.Equal("x", reader.GetOptionalString(4));
        Assert.Null(reader.GetOptionalString(-1));
    }

    [Fact]
    public async Task The_stream_is_left_open()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes("A\n1\n"));
        var reader = await InstrumentMasterCsvReader.OpenAsync(stream, "m.csv");
        await reader.DisposeAsync();

        Assert.True(stream.CanRead);
    }

    private static async Task<List<string[]>> ReadAllAsync(string csv, Stream? stream = null)
    {
        await using var reader = await InstrumentMasterCsvReader.OpenAsync(stream ?? new MemoryStream(Encoding.UTF8.GetBytes(csv)), "test.csv");
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.Names.Count];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.GetField(i).ToString();
            }

            rows.Add(row);
        }

        return rows;
    }

    private sealed class OneByteAtATimeStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(1, buffer.Length)], cancellationToken);

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(1, buffer.Length)]);
    }
}
