using System.Net;

namespace Broker.Http;

/// <summary>
/// The body of an attempt's answer, read once (within the attempt timeout and the size cap) by the attempt handler,
/// together with what it means. Replaces the transport's content so that nothing reads the network stream twice and
/// every stage above finds the classification on the response.
/// </summary>
internal sealed class BrokerResponseContent : HttpContent
{
    public BrokerResponseContent(BrokerRawResponse raw, BrokerClassification classification)
    {
        Raw = raw;
        Classification = classification;
    }

    public BrokerRawResponse Raw { get; }

    public BrokerClassification Classification { get; }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(Raw.Body).AsTask();

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(Raw.Body, cancellationToken).AsTask();

    protected override Task<Stream> CreateContentReadStreamAsync() =>
        Task.FromResult<Stream>(new ReadOnlyMemoryStream(Raw.Body));

    protected override bool TryComputeLength(out long length)
    {
        length = Raw.Body.Length;
        return true;
    }

    /// <summary>A read-only stream over the buffered body, without copying it.</summary>
    private sealed class ReadOnlyMemoryStream(ReadOnlyMemory<byte> body) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => body.Length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(buffer.Length, body.Length - _position);
            body.Span.Slice(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
