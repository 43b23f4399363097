using System.Text;
using Broker.Instruments;

namespace Broker.Abstractions.Tests.Instruments;

public class CsvRecordReaderTests
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
        var reader = new CsvRecordReader(new MemoryStream(bytes), "test.csv");

        var header = await reader.ReadHeaderAsync();

        Assert.Equal(0, header.Required("EXCH_ID"));
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
        var reader = new CsvRecordReader(new MemoryStream(Encoding.UTF8.GetBytes("A,B,\n1,2,\n")), "test.csv");
        await reader.ReadHeaderAsync();

        Assert.True(await reader.ReadAsync());
        Assert.Equal(3, reader.FieldCount);
        Assert.True(reader.GetField(2).IsEmpty);
        Assert.True(reader.GetField(7).IsEmpty);
        Assert.True(reader.GetField(-1).IsEmpty);
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
        var reader = new CsvRecordReader(new MemoryStream([]), "empty.csv");

        var error = await Assert.ThrowsAsync<InstrumentMasterFormatException>(async () => await reader.ReadHeaderAsync());

        Assert.Contains("empty.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_error_names_the_column_and_the_record()
    {
        var reader = new CsvRecordReader(new MemoryStream(Encoding.UTF8.GetBytes("LOT\n1\nabc\n")), "m.csv");
        await reader.ReadHeaderAsync();
        await reader.ReadAsync();
        await reader.ReadAsync();

        var error = reader.ValueError("LOT", "'abc' is not a number");

        Assert.Equal("LOT", error.ColumnName);
        Assert.Equal(3, error.RecordNumber);
        Assert.Contains("record 3", error.Message, StringComparison.Ordinal);
    }

    private static async Task<List<string[]>> ReadAllAsync(string csv, Stream? stream = null)
    {
        var reader = new CsvRecordReader(stream ?? new MemoryStream(Encoding.UTF8.GetBytes(csv)), "test.csv");
        var header = await reader.ReadHeaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            var row = new string[header.Names.Count];
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
    }
}
