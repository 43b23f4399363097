// Baseline for InstrumentMasterBenchmarks only: the hand-written CSV reader the SDK used before Sylvan.Data.Csv
// (src/Broker.Abstractions/Instruments at the commit before the switch), kept here so one run measures both.
using System.Text;

using Broker.Instruments;

namespace Broker.Benchmarks.Instruments.Baseline;

/// <summary>
/// A forward-only, allocation-light CSV reader for broker instrument masters (tens of MB, hundreds of thousands of
/// rows). It decodes UTF-8 in large blocks and exposes each field of the current record as a
/// <see cref="ReadOnlySpan{T}"/> over its own buffer, so a row costs no allocation until the caller keeps a value.
/// </summary>
/// <remarks>
/// Understands RFC 4180 quoting (<c>"a,b"</c>, <c>"say ""hi"""</c>, line breaks inside quotes), <c>\n</c> and
/// <c>\r\n</c> line ends, a UTF-8 byte-order mark and blank lines (skipped). Columns are meant to be found by header
/// name through <see cref="CsvColumnMap"/>, never by position: brokers add, drop and reorder columns.
/// Spans returned by <see cref="GetField(int)"/> are valid only until the next <see cref="ReadAsync"/>.
/// </remarks>
internal sealed class CsvRecordReader : IDisposable, IAsyncDisposable
{
    private const int ByteBufferSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetDecoder();
    private readonly byte[] _bytes = new byte[ByteBufferSize];
    private char[] _chars = new char[ByteBufferSize * 2];
    private int _position;
    private int _length;
    private bool _endOfStream;
    private bool _startChecked;
    private int[] _fieldStarts = new int[64];
    private int[] _fieldLengths = new int[64];
    private int _fieldCount;

    /// <summary>Creates a reader over UTF-8 CSV bytes.</summary>
    /// <param name="stream">The CSV bytes (a file, a download, a memory stream).</param>
    /// <param name="sourceName">Names the source in error messages (a URL or file name).</param>
    /// <param name="leaveOpen"><see langword="true"/> to leave <paramref name="stream"/> open when the reader is disposed.</param>
    public CsvRecordReader(Stream stream, string sourceName, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        _stream = stream;
        SourceName = sourceName;
        _leaveOpen = leaveOpen;
    }

    /// <summary>The source named in error messages.</summary>
    public string SourceName { get; }

    /// <summary>The number of records read so far, the header included; the current record's 1-based number.</summary>
    public long RecordNumber { get; private set; }

    /// <summary>The number of fields in the current record.</summary>
    public int FieldCount => _fieldCount;

    /// <summary>The field at <paramref name="index"/> of the current record, or an empty span when the record is shorter.</summary>
    /// <param name="index">The 0-based column position, normally from <see cref="CsvColumnMap"/>; negative means "column absent".</param>
    /// <returns>The field's text, unquoted; valid until the next read.</returns>
    public ReadOnlySpan<char> GetField(int index) =>
        (uint)index < (uint)_fieldCount ? new ReadOnlySpan<char>(_chars, _fieldStarts[index], _fieldLengths[index]) : default;

    /// <summary>Reads the header record and maps its column names.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The header's columns.</returns>
    /// <exception cref="InstrumentMasterFormatException">The source is empty.</exception>
    public async ValueTask<CsvColumnMap> ReadHeaderAsync(CancellationToken cancellationToken = default)
    {
        if (!await ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InstrumentMasterFormatException(SourceName, $"The instrument master '{SourceName}' is empty: it has no header row.");
        }

        var names = new string[_fieldCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = GetField(i).Trim().ToString();
        }

        return new CsvColumnMap(names, SourceName);
    }

    /// <summary>Advances to the next non-blank record.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns><see langword="false"/> at the end of the data.</returns>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var outcome = TryReadBufferedRecord();
            if (outcome == RecordOutcome.Record)
            {
                return true;
            }

            if (outcome == RecordOutcome.Blank)
            {
                continue;
            }

            if (_endOfStream)
            {
                if (_position >= _length)
                {
                    _fieldCount = 0;
                    return false;
                }

                // The last line has no line break.
                var start = _position;
                var end = _length;
                _position = _length;
                if (IsBlank(start, end))
                {
                    continue;
                }

                SplitFields(start, end);
                RecordNumber++;
                return true;
            }

            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Creates the exception for a malformed value in the current record, naming the row and column.</summary>
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
    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _leaveOpen ? ValueTask.CompletedTask : _stream.DisposeAsync();

    private RecordOutcome TryReadBufferedRecord()
    {
        var span = new ReadOnlySpan<char>(_chars, _position, _length - _position);
        var i = 0;
        var inQuotes = false;
        while (true)
        {
            var rest = span[i..];
            var found = inQuotes ? rest.IndexOf('"') : rest.IndexOfAny('"', '\n');
            if (found < 0)
            {
                return RecordOutcome.NeedMore;
            }

            i += found;
            if (span[i] == '"')
            {
                // A doubled quote inside a quoted field toggles twice, which is what we want.
                inQuotes = !inQuotes;
                i++;
                continue;
            }

            break;
        }

        var start = _position;
        var end = _position + i;
        _position = end + 1;
        if (end > start && _chars[end - 1] == '\r')
        {
            end--;
        }

        if (IsBlank(start, end))
        {
            return RecordOutcome.Blank;
        }

        SplitFields(start, end);
        RecordNumber++;
        return RecordOutcome.Record;
    }

    private bool IsBlank(int start, int end) => new ReadOnlySpan<char>(_chars, start, end - start).IsWhiteSpace();

    private void SplitFields(int start, int end)
    {
        _fieldCount = 0;
        var position = start;
        while (true)
        {
            if (position < end && _chars[position] == '"')
            {
                position = ReadQuotedField(position, end);
            }
            else
            {
                var comma = new ReadOnlySpan<char>(_chars, position, end - position).IndexOf(',');
                var fieldEnd = comma < 0 ? end : position + comma;
                AddField(position, fieldEnd - position);
                position = fieldEnd;
            }

            if (position >= end)
            {
                return;
            }

            // position is at a comma: another field follows (possibly empty, as in a trailing comma).
            position++;
            if (position == end)
            {
                AddField(end, 0);
                return;
            }
        }
    }

    private int ReadQuotedField(int openingQuote, int end)
    {
        // Unescape in place: the text only shrinks, so writing behind the reading position is safe.
        var read = openingQuote + 1;
        var write = read;
        while (read < end)
        {
            var c = _chars[read];
            if (c == '"')
            {
                if (read + 1 < end && _chars[read + 1] == '"')
                {
                    _chars[write++] = '"';
                    read += 2;
                    continue;
                }

                read++;
                break;
            }

            _chars[write++] = c;
            read++;
        }

        AddField(openingQuote + 1, write - openingQuote - 1);

        // Anything between the closing quote and the next comma is malformed; skip it rather than mis-align columns.
        var comma = new ReadOnlySpan<char>(_chars, read, end - read).IndexOf(',');
        return comma < 0 ? end : read + comma;
    }

    private void AddField(int start, int length)
    {
        if (_fieldCount == _fieldStarts.Length)
        {
            Array.Resize(ref _fieldStarts, _fieldCount * 2);
            Array.Resize(ref _fieldLengths, _fieldCount * 2);
        }

        _fieldStarts[_fieldCount] = start;
        _fieldLengths[_fieldCount] = length;
        _fieldCount++;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_position > 0)
        {
            var remaining = _length - _position;
            Array.Copy(_chars, _position, _chars, 0, remaining);
            _length = remaining;
            _position = 0;
        }

        if (_chars.Length - _length < ByteBufferSize + 2)
        {
            // A record longer than the buffer: grow rather than fail.
            Array.Resize(ref _chars, _chars.Length * 2);
        }

        var read = await _stream.ReadAsync(_bytes, cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            _length += _decoder.GetChars(_bytes, 0, 0, _chars, _length, flush: true);
            _endOfStream = true;
        }
        else
        {
            _length += _decoder.GetChars(_bytes, 0, read, _chars, _length, flush: false);
        }

        if (!_startChecked && (_length > 0 || _endOfStream))
        {
            _startChecked = true;
            if (_length > 0 && _chars[0] == '\uFEFF')
            {
                _position = 1;
            }
        }
    }

    private enum RecordOutcome
    {
        NeedMore,
        Blank,
        Record,
    }
}
