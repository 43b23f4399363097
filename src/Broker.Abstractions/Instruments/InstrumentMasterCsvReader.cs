using System.Text;
using Sylvan.Data.Csv;

namespace Broker.Instruments;

/// <summary>
/// Reads a broker instrument master (tens of MB, hundreds of thousands of rows) with
/// <see href="https://github.com/MarkPflug/Sylvan">Sylvan.Data.Csv</see>, adding what the SDK's parsers rely on:
/// columns found by header name (trimmed, case-insensitive, never by position: brokers add, drop and reorder
/// columns), absent optional columns that read as empty, blank lines skipped, the brokers' spellings of "no value",
/// and every malformed input reported as <see cref="InstrumentMasterFormatException"/> naming the source, never as a
/// raw CSV or format exception.
/// </summary>
/// <remarks>
/// RFC 4180 quoting (<c>"a,b"</c>, <c>"say ""hi"""</c>, line breaks inside quotes), <c>\n</c> and <c>\r\n</c> line
/// ends and a UTF-8 byte-order mark are understood. The stream is read as it is given: a size cap (such as the
/// download's) stays in force because the reader never reads past what the stream yields. Spans returned by
/// <see cref="GetField(int)"/> are valid only until the next <see cref="ReadAsync"/>.
/// </remarks>
internal sealed class InstrumentMasterCsvReader : IAsyncDisposable, IDisposable
{
    // Sylvan grows its buffer (up to MaxRecordChars) for a longer record; rows of today's masters are under 1 KB.
    private const int BufferChars = 32 * 1024;

    private const int StreamBufferBytes = 16 * 1024;

    // A single record larger than this is not an instrument row; it fails instead of growing the buffer without bound.
    private const int MaxRecordChars = 4 * 1024 * 1024;

    private readonly CsvDataReader _reader;
    private readonly string[] _names;

    private InstrumentMasterCsvReader(CsvDataReader reader, string sourceName)
    {
        _reader = reader;
        SourceName = sourceName;
        _names = new string[reader.FieldCount];
        for (var i = 0; i < _names.Length; i++)
        {
            _names[i] = reader.GetName(i).Trim();
        }
    }

    /// <summary>The source named in error messages.</summary>
    public string SourceName { get; }

    /// <summary>The header's column names, trimmed, in file order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>The current record's 1-based number in the file, the header being record 1.</summary>
    public long RecordNumber => _reader.RowNumber + 1L;

    /// <summary>The number of fields in the current record.</summary>
    public int FieldCount => _reader.RowFieldCount;

    /// <summary>Opens a master and reads its header.</summary>
    /// <param name="stream">The CSV bytes (UTF-8); left open when the reader is disposed.</param>
    /// <param name="sourceName">Names the source in error messages (a URL or file name).</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The reader, positioned before the first record.</returns>
    /// <exception cref="InstrumentMasterFormatException">The source is empty or its header is malformed.</exception>
    public static async Task<InstrumentMasterCsvReader> OpenAsync(Stream stream, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        var text = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true, bufferSize: StreamBufferBytes, leaveOpen: true);
        var options = new CsvDataReaderOptions
        {
            HasHeaders = true,
            Delimiter = ',',
            Comment = '\0',
            HeaderComparer = TrimmedHeaderComparer.Instance,
            BufferSize = BufferChars,
            MaxBufferSize = MaxRecordChars,
            OwnsReader = true,
        };
        try
        {
            var reader = await CsvDataReader.CreateAsync(text, options, cancellationToken).ConfigureAwait(false);
            return new InstrumentMasterCsvReader(reader, sourceName);
        }
        catch (CsvMissingHeadersException ex)
        {
            text.Dispose();
            throw new InstrumentMasterFormatException(sourceName, $"The instrument master '{sourceName}' is empty: it has no header row.", ex);
        }
        catch (CsvFormatException ex)
        {
            text.Dispose();
            throw new InstrumentMasterFormatException(sourceName, $"The instrument master '{sourceName}' has a malformed header: {ex.Message}", ex) { RecordNumber = 1 };
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

    /// <summary>Whether the header has a column.</summary>
    /// <param name="name">The column name (case-insensitive).</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(string name) => Optional(name) >= 0;

    /// <summary>The position of a column the SDK cannot work without.</summary>
    /// <param name="name">The column name, as the broker documents it.</param>
    /// <returns>Its 0-based position.</returns>
    /// <exception cref="InstrumentMasterFormatException">The header lacks the column; the message names it and lists the header.</exception>
    public int Required(string name)
    {
        var position = Optional(name);
        if (position >= 0)
        {
            return position;
        }

        throw new InstrumentMasterFormatException(
            SourceName,
            $"The instrument master '{SourceName}' has no '{name}' column, which the SDK needs. The broker may have changed the file's format; its header is: {string.Join(",", _names)}")
        {
            ColumnName = name,
        };
    }

    /// <summary>The position of an optional column, or -1 when absent (reads of -1 give an empty field).</summary>
    /// <param name="name">The column name (case-insensitive).</param>
    /// <returns>Its 0-based position, or -1.</returns>
    public int Optional(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        try
        {
            return _reader.GetOrdinal(name);
        }
        catch (IndexOutOfRangeException)
        {
            return -1;
        }
    }

    /// <summary>Advances to the next non-blank record.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns><see langword="false"/> at the end of the data.</returns>
    /// <exception cref="InstrumentMasterFormatException">The CSV is malformed (such as text after a closing quote).</exception>
    public ValueTask<bool> ReadAsync(CancellationToken cancellationToken = default)
    {
        Task<bool> read;
        try
        {
            read = _reader.ReadAsync(cancellationToken);
        }
        catch (CsvFormatException ex)
        {
            throw FormatError(ex);
        }

        // Most rows come from the buffer: answer them without an async state machine (the task has already completed).
        if (read.IsCompletedSuccessfully)
        {
            var hasRow = read.GetAwaiter().GetResult();
            if (!hasRow || !IsBlankRow())
            {
                return new ValueTask<bool>(hasRow);
            }
        }

        return ReadSlowAsync(read, cancellationToken);
    }

    /// <summary>The field at <paramref name="index"/> of the current record, or an empty span when the record is shorter.</summary>
    /// <param name="index">The 0-based column position, normally from <see cref="Required"/> or <see cref="Optional"/>; negative means "column absent".</param>
    /// <returns>The field's text, unquoted; valid until the next read.</returns>
    public ReadOnlySpan<char> GetField(int index) =>
        (uint)index < (uint)_reader.RowFieldCount ? _reader.GetFieldSpan(index) : default;

    /// <summary>Whether a field holds no value: empty, blank, <c>NA</c>, <c>N/A</c>, <c>NaN</c>, <c>null</c> or <c>None</c>.</summary>
    /// <param name="field">The field.</param>
    /// <returns><see langword="true"/> for "no value".</returns>
    public static bool IsMissing(ReadOnlySpan<char> field) => CsvFields.IsMissing(field);

    /// <summary>The field as a new string, or <see langword="null"/> when it holds no value (see <see cref="IsMissing"/>).</summary>
    /// <param name="index">The column position; negative means "column absent".</param>
    /// <returns>The trimmed text, or <see langword="null"/>.</returns>
    public string? GetOptionalString(int index) => CsvFields.ToOptionalString(GetField(index));

    /// <summary>A flag: <c>1</c>/<c>Y</c>/<c>YES</c>/<c>TRUE</c> or <c>0</c>/<c>N</c>/<c>NO</c>/<c>FALSE</c> (any case).</summary>
    /// <param name="index">The column position; negative means "column absent".</param>
    /// <returns>The flag, or <see langword="null"/> for no value or an unknown spelling.</returns>
    public bool? GetFlag(int index) => CsvFields.ParseFlag(GetField(index));

    /// <summary>A decimal (<c>-0.01000</c>, <c>29150.00000</c>, <c>1e3</c>), invariant culture.</summary>
    /// <param name="index">The column position; negative means "column absent".</param>
    /// <param name="column">The column's name, for the error message.</param>
    /// <returns>The value, or <see langword="null"/> when the field holds no value.</returns>
    /// <exception cref="InstrumentMasterFormatException">The field has text that is not a number.</exception>
    public decimal? GetDecimal(int index, string column)
    {
        var field = GetField(index);
        if (CsvFields.TryParseDecimal(field, out var value))
        {
            return value;
        }

        return CsvFields.IsMissing(field) ? null : throw ValueError(column, $"'{field}' is not a number");
    }

    /// <summary>A whole number, accepting a decimal spelling with a zero fraction (<c>65.0</c>).</summary>
    /// <param name="index">The column position; negative means "column absent".</param>
    /// <param name="column">The column's name, for the error message.</param>
    /// <returns>The value, or <see langword="null"/> when the field holds no value.</returns>
    /// <exception cref="InstrumentMasterFormatException">The field has text that is not a whole number.</exception>
    public long? GetWhole(int index, string column)
    {
        var field = GetField(index);
        if (CsvFields.TryParseInt64(field, out var value))
        {
            return value;
        }

        return CsvFields.IsMissing(field) ? null : throw ValueError(column, $"'{field}' is not a whole number");
    }

    /// <summary>
    /// A date: <c>yyyy-MM-dd</c> (a time after it is ignored), <c>dd/MM/yyyy</c>, <c>dd-MM-yyyy</c>,
    /// <c>dd-MMM-yyyy</c>, <c>dd/MM/yy</c> or <c>yyyyMMdd</c>; the "no date" sentinels <c>0001-01-01</c> and
    /// <c>1970-01-01</c> read as no value.
    /// </summary>
    /// <param name="index">The column position; negative means "column absent".</param>
    /// <param name="column">The column's name, for the error message.</param>
    /// <returns>The date, or <see langword="null"/> for no value.</returns>
    /// <exception cref="InstrumentMasterFormatException">The field has text that is not a date.</exception>
    public DateOnly? GetDate(int index, string column)
    {
        var field = GetField(index);
        return CsvFields.TryParseDate(field, out var value) ? value : throw ValueError(column, $"'{field}' is not a date");
    }

    /// <summary>Creates the exception for a malformed value in the current record, naming the record and column.</summary>
    /// <param name="columnName">The column at fault.</param>
    /// <param name="problem">What is wrong, such as <c>'abc' is not a number</c>.</param>
    /// <returns>The exception, for the caller to throw.</returns>
    public InstrumentMasterFormatException ValueError(string columnName, string problem) =>
        new(SourceName, $"The instrument master '{SourceName}' has a malformed {columnName} in record {RecordNumber}: {problem}.")
        {
            ColumnName = columnName,
            RecordNumber = RecordNumber,
        };

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();

    private async ValueTask<bool> ReadSlowAsync(Task<bool> pending, CancellationToken cancellationToken)
    {
        try
        {
            if (!await pending.ConfigureAwait(false))
            {
                return false;
            }

            while (IsBlankRow())
            {
                if (!await _reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    return false;
                }
            }

            return true;
        }
        catch (CsvFormatException ex)
        {
            throw FormatError(ex);
        }
    }

    private bool IsBlankRow() => _reader.RowFieldCount <= 1 && _reader.GetFieldSpan(0).IsWhiteSpace();

    private InstrumentMasterFormatException FormatError(CsvFormatException ex) =>
        new(SourceName, $"The instrument master '{SourceName}' is not well-formed CSV at record {ex.RowNumber + 1}: {ex.Message}", ex)
        {
            RecordNumber = ex.RowNumber + 1L,
        };

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _reader.DisposeAsync();

    /// <summary>Header names match trimmed and case-insensitively, as brokers pad and re-case them.</summary>
    private sealed class TrimmedHeaderComparer : StringComparer
    {
        public static readonly TrimmedHeaderComparer Instance = new();

        public override int Compare(string? x, string? y) =>
            x is null || y is null ? string.CompareOrdinal(x, y) : x.AsSpan().Trim().CompareTo(y.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);

        public override bool Equals(string? x, string? y) =>
            x is null || y is null ? ReferenceEquals(x, y) : x.AsSpan().Trim().Equals(y.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);

        public override int GetHashCode(string obj)
        {
            ArgumentNullException.ThrowIfNull(obj);
            return string.GetHashCode(obj.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);
        }
    }
}
