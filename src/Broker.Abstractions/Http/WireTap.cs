using System.Runtime.CompilerServices;
using Broker.RateLimiting;

namespace Broker.Http;

/// <summary>
/// Sees every request the socket handler writes, so that a resend the handler makes on its own is never outside the
/// SDK's rules. <see cref="SocketsHttpHandler"/> silently resends a request without a body (GET, DELETE) on a new
/// connection when a kept-alive connection closes before any answer byte arrives, even though the server may have
/// read it. Each such resend reaches the broker, so it needs its own rate-limit permit; and an order write (Dhan's
/// cancel is a DELETE) must not be resent at all: the resend is stopped and the order's outcome becomes unknown.
/// </summary>
/// <remarks>
/// The attempt handler announces each attempt in <see cref="Current"/>, which flows with the request into the
/// connection's writes (HTTP/1.x writes happen on the request's own flow). The tap wraps each HTTP/1.x connection's
/// plaintext stream; the first write of an attempt on a connection counts one trip to the wire.
/// </remarks>
internal static class WireTap
{
    private static readonly ConditionalWeakTable<SocketsHttpHandler, object> Installed = [];

    /// <summary>The attempt being written by this flow, if the SDK's attempt handler announced one.</summary>
    public static AsyncLocal<WireAttempt?> Current { get; } = new();

    /// <summary>Installs the tap on a socket handler.</summary>
    public static SocketsHttpHandler Install(SocketsHttpHandler handler)
    {
        handler.PlaintextStreamFilter = static (context, _) =>
            ValueTask.FromResult<Stream>(context.NegotiatedHttpVersion.Major == 1 ? new TappedStream(context.PlaintextStream) : context.PlaintextStream);
        Installed.AddOrUpdate(handler, Installed);
        return handler;
    }

    public static bool IsInstalled(SocketsHttpHandler handler) => Installed.TryGetValue(handler, out _);

    /// <summary>A connection's stream that reports the first write of each attempt.</summary>
    private sealed class TappedStream(Stream inner) : Stream
    {
        private WireAttempt? _last;

        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => false;

        public override bool CanWrite => inner.CanWrite;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => inner.Read(buffer);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(buffer, cancellationToken);

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (NewAttempt() is { } attempt)
            {
                attempt.OnWireAsync().AsTask().GetAwaiter().GetResult();
            }

            inner.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (NewAttempt() is { } attempt)
            {
                attempt.OnWireAsync().AsTask().GetAwaiter().GetResult();
            }

            inner.Write(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (NewAttempt() is { } attempt)
            {
                return WriteAfterAsync(attempt, buffer, cancellationToken);
            }

            return inner.WriteAsync(buffer, cancellationToken);
        }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        public override async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync().ConfigureAwait(false);
            await base.DisposeAsync().ConfigureAwait(false);
        }

        private async ValueTask WriteAfterAsync(WireAttempt attempt, ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken)
        {
            await attempt.OnWireAsync().ConfigureAwait(false);
            await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        private WireAttempt? NewAttempt()
        {
            var attempt = Current.Value;
            if (attempt is null || ReferenceEquals(attempt, _last))
            {
                return null;
            }

            _last = attempt;
            return attempt;
        }
    }
}

/// <summary>One attempt as the wire sees it: how many times the transport wrote it.</summary>
internal sealed class WireAttempt(BrokerRequestState state, CancellationToken cancellationToken)
{
    private int _trips;

    /// <summary>How many times the transport has started writing this attempt.</summary>
    public int Trips => Volatile.Read(ref _trips);

    /// <summary>Called on the first write of this attempt on a connection.</summary>
    public ValueTask OnWireAsync()
    {
        if (Interlocked.Increment(ref _trips) == 1)
        {
            return ValueTask.CompletedTask;
        }

        // A second trip: the transport is resending on its own after a connection closed under the first.
        var endpoint = state.Endpoint;
        if (endpoint.IsOrderWrite || !endpoint.IsIdempotent)
        {
            throw new IOException(
                $"The connection closed after {endpoint.Name} was written; the transport wanted to send it again, which the SDK does not allow for a request that is not idempotent.");
        }

        return state.Limiter is { } limiter ? TakeResendPermitAsync(limiter) : ValueTask.CompletedTask;
    }

    private async ValueTask TakeResendPermitAsync(BrokerRateLimiter limiter)
    {
        // The first trip has ended (its connection closed): its permit counts from now, and the resend takes its own.
        state.ReleasePermit();
        state.Permit = await limiter.AcquireLeaseAsync(state.Category, cancellationToken).ConfigureAwait(false);
    }
}
