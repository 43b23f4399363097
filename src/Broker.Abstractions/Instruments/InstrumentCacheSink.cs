using System.Globalization;
using System.Text;
using Broker.Time;

namespace Broker.Instruments;

/// <summary>
/// Copies a master's bytes to the catalogue's cache file while they are parsed, so the download is read once. The
/// copy goes to a temporary file that replaces the cache only after the whole master parsed (<see cref="Commit"/>);
/// a failed download never overwrites a good cache. A failure to write the cache does not fail the download: it is
/// reported through <see cref="Error"/> and logged by the catalogue.
/// </summary>
public sealed class InstrumentCacheSink : IDisposable
{
    internal const string CommentPrefix = "# broker-instruments-cache loaded-at=";

    private readonly string _path;
    private readonly string _temporaryPath;
    private FileStream? _file;
    private bool _committed;
    private byte _lastByte = (byte)'\n';

    private InstrumentCacheSink(string path, FileStream file, string temporaryPath)
    {
        _path = path;
        _file = file;
        _temporaryPath = temporaryPath;
    }

    /// <summary>The first failure to write the cache, if any; the download itself is unaffected.</summary>
    public Exception? Error { get; private set; }

    /// <summary>
    /// Wraps a master's stream so every byte read from it is also written to the cache.
    /// </summary>
    /// <param name="master">The master's bytes, as downloaded.</param>
    /// <param name="skipHeader">
    /// <see langword="true"/> for the second and later parts of a master downloaded in parts (one per segment): their
    /// header line is left out of the cache so the cache reads as one CSV.
    /// </param>
    /// <returns>The stream to parse.</returns>
    public Stream Capture(Stream master, bool skipHeader = false)
    {
        ArgumentNullException.ThrowIfNull(master);
        return new TeeReadStream(master, this, skipHeader);
    }

    /// <summary>Moves the completed copy into place as the cache file.</summary>
    public void Commit()
    {
        if (_file is null || Error is not null)
        {
            return;
        }

        try
        {
            _file.Flush(flushToDisk: true);
            _file.Dispose();
            _file = null;
            File.Move(_temporaryPath, _path, overwrite: true);
            _committed = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Error = ex;
        }
    }

    /// <summary>Deletes the temporary copy unless it was committed.</summary>
    public void Dispose()
    {
        _file?.Dispose();
        _file = null;
        if (!_committed)
        {
            try
            {
                File.Delete(_temporaryPath);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Error ??= ex;
            }
        }
    }

    internal static InstrumentCacheSink? TryCreate(string path, DateTimeOffset loadedAt, out Exception? error)
    {
        error = null;
        var temporaryPath = path + ".tmp";
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            var file = new FileStream(temporaryPath, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
            var comment = Encoding.UTF8.GetBytes(CommentPrefix + IndianTime.ToIst(loadedAt).ToString("O", CultureInfo.InvariantCulture) + "\n");
            file.Write(comment);
            return new InstrumentCacheSink(path, file, temporaryPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = ex;
            return null;
        }
    }

    /// <summary>Reads the cache comment line, if the stream starts with one; otherwise rewinds.</summary>
    internal static DateTimeOffset? ReadLoadedAt(Stream stream)
    {
        if (stream.ReadByte() != '#')
        {
            stream.Seek(0, SeekOrigin.Begin);
            return null;
        }

        var line = new StringBuilder("#");
        int b;
        while ((b = stream.ReadByte()) >= 0 && b != '\n')
        {
            line.Append((char)b);
        }

        var text = line.ToString().TrimEnd('\r');
        return text.StartsWith(CommentPrefix, StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text.AsSpan(CommentPrefix.Length), CultureInfo.InvariantCulture, DateTimeStyles.None, out var loadedAt)
            ? IndianTime.ToIst(loadedAt)
            : null;
    }

    internal async ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        if (_file is null || Error is not null || bytes.IsEmpty)
        {
            return;
        }

        try
        {
            await _file.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            _lastByte = bytes.Span[^1];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Error = ex;
        }
    }

    internal ValueTask StartPartAsync(CancellationToken cancellationToken) =>
        _lastByte == (byte)'\n' ? ValueTask.CompletedTask : WriteAsync("\n"u8.ToArray(), cancellationToken);

    private sealed class TeeReadStream : Stream
    {
        private readonly Stream _inner;
        private readonly InstrumentCacheSink _sink;
        private bool _skipping;

        public TeeReadStream(Stream inner, InstrumentCacheSink sink, bool skipHeader)
        {
            _inner = inner;
            _sink = sink;
            _skipping = skipHeader;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) =>
            ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            var copy = buffer[..read];
            if (_skipping)
            {
                var newline = copy.Span.IndexOf((byte)'\n');
                if (newline < 0)
                {
                    return read;
                }

                _skipping = false;
                copy = copy[(newline + 1)..];

                // The previous part may have ended without a line break; keep its last row apart from this part's first.
                await _sink.StartPartAsync(cancellationToken).ConfigureAwait(false);
            }

            await _sink.WriteAsync(copy, cancellationToken).ConfigureAwait(false);
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
