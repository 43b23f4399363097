using System.Buffers;
using Broker.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Broker.Http;

/// <summary>
/// The innermost SDK handler: one attempt on the wire. It marks the request as sent (the only place that does), bounds
/// the attempt from sending to the last byte of the body by the per-attempt timeout (from the injected
/// <see cref="TimeProvider"/>; rate-limit waits do not count), reads the body once into memory up to the size cap
/// (decompressed bytes), and has the account's <see cref="BrokerResponseClassifier"/> classify the outcome. A
/// response leaves with its body and classification (<see cref="BrokerRequestOptions.GetClassification"/>); a failure
/// leaves as an exception carrying its classification. Holds no per-request state.
/// </summary>
internal sealed class AttemptHandler : DelegatingHandler
{
    private const int InitialUnknownLengthBuffer = 16 * 1024;
    private const int MaxPooledTimeouts = 64;

    private readonly System.Collections.Concurrent.ConcurrentBag<CancellationTokenSource> _timeouts = [];

    private readonly BrokerResponseClassifier _classifier;
    private readonly TimeSpan _timeout;
    private readonly long _maxResponseBytes;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private int _tapState;

    private readonly bool _streamsBodies;

    /// <param name="classifier">The account's classifier.</param>
    /// <param name="timeout">The per-attempt timeout.</param>
    /// <param name="maxResponseBytes">The cap on a body read into memory.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="streamsBodies">A download client: every successful body is left for the caller to stream.</param>
    public AttemptHandler(BrokerResponseClassifier classifier, TimeSpan timeout, long maxResponseBytes, TimeProvider? timeProvider = null, ILogger? logger = null, bool streamsBodies = false)
    {
        _streamsBodies = streamsBodies;
        _classifier = classifier;
        _timeout = timeout;
        _maxResponseBytes = maxResponseBytes;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var state = BrokerRequestState.Of(request);
        if (state is null)
        {
            state = new BrokerRequestState(BrokerEndpoint.Unstamped(request.Method), null);
            request.Options.Set(BrokerRequestState.Key, state);
        }

        var endpoint = state.Endpoint;
        var timeout = RentTimeout();
        using var link = timeout is not null && cancellationToken.CanBeCanceled
            ? cancellationToken.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), timeout)
            : default;
        var token = timeout?.Token ?? cancellationToken;
        if (IsTapped())
        {
            WireTap.Current.Value = new WireAttempt(state, cancellationToken);
        }

        state.MarkSent();
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, token).ConfigureAwait(false);
            var streams = _streamsBodies || endpoint.StreamsBody;
            if (streams && response.IsSuccessStatusCode)
            {
                // A download parsed while it arrives (an instrument master): its reader applies its own cap and time limit.
                return response;
            }

            var maxBytes = endpoint.MaxResponseBytes ?? _maxResponseBytes;
            var body = streams
                ? await ReadPrefixAsync(response.Content, maxBytes, token).ConfigureAwait(false)
                : await ReadBodyAsync(response.Content, maxBytes, token).ConfigureAwait(false);
            if (body is null)
            {
                throw new BrokerAttemptException(_classifier.ClassifyOversizedAnswer((int)response.StatusCode, endpoint, maxBytes));
            }

            var raw = new BrokerRawResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body.Value, RetryAfterOf(response));
            var original = response.Content;
            response.Content = new BrokerResponseContent(raw, _classifier.Classify(raw, endpoint));
            original.Dispose();
            return response;
        }
        catch (BrokerAttemptException)
        {
            response?.Dispose();
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            response?.Dispose();
            throw;
        }
        catch (Exception) when (timeout is not null && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            response?.Dispose();
            BrokerLog.AttemptTimedOut(_logger, endpoint.Name, _timeout.TotalMilliseconds);
            throw new BrokerAttemptException(_classifier.ClassifyTimeout(endpoint, _timeout));
        }
        catch (Exception ex)
        {
            int? status = response is null ? null : (int)response.StatusCode;
            response?.Dispose();
            var failure = _classifier.ClassifyFailure(ex, endpoint, sent: true, status);
            throw new BrokerAttemptException(failure, failure.Exception);
        }
        finally
        {
            link.Dispose();
            ReturnTimeout(timeout);
        }
    }

    /// <summary>
    /// A timeout source armed for this attempt, from a small pool: a source whose attempt ended without cancellation is
    /// reset and reused, so an attempt costs no new source or timer.
    /// </summary>
    private CancellationTokenSource? RentTimeout()
    {
        if (_timeout == Timeout.InfiniteTimeSpan)
        {
            return null;
        }

        if (!_timeouts.TryTake(out var source))
        {
            source = new CancellationTokenSource(Timeout.InfiniteTimeSpan, _timeProvider);
        }

        source.CancelAfter(_timeout);
        return source;
    }

    private void ReturnTimeout(CancellationTokenSource? source)
    {
        if (source is null)
        {
            return;
        }

        if (_timeouts.Count < MaxPooledTimeouts && source.TryReset())
        {
            _timeouts.Add(source);
        }
        else
        {
            source.Dispose();
        }
    }

    /// <summary>The broker's Retry-After, read only where it matters (a success carries none worth reading).</summary>
    private TimeSpan? RetryAfterOf(HttpResponseMessage response) =>
        response.IsSuccessStatusCode ? null : SafeRetryAfter(response);

    private TimeSpan? SafeRetryAfter(HttpResponseMessage response)
    {
        try
        {
            return BrokerRawResponse.ReadRetryAfter(response.Headers, _timeProvider.GetUtcNow());
        }
#pragma warning disable CA1031 // A malformed Retry-After is "no Retry-After", never a failure of the call.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>
    /// Reads the whole body into one array of exactly its length (one copy), refusing more than
    /// <paramref name="maxBytes"/> decompressed bytes: <see langword="null"/> when the cap is exceeded.
    /// </summary>
    private static async ValueTask<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        if (declared is 0)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        // A declared length is trusted only when no decompression happens underneath (then the stream length differs).
        var compressed = content.Headers.NonValidated.Contains("Content-Encoding");
        if (declared is { } length && !compressed && length > maxBytes)
        {
            return null;
        }

        // The transport has read the headers: taking the body's stream does not block.
        var stream = content.ReadAsStream(cancellationToken);
        await using (stream.ConfigureAwait(false))
        {
            if (declared is { } exact && !compressed && exact <= int.MaxValue)
            {
                var buffer = new byte[exact];
                var total = 0;
                while (total < buffer.Length)
                {
                    var read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        throw new IOException($"The answer ended after {total} of its {exact} declared bytes.");
                    }

                    total += read;
                }

                return buffer;
            }

            return await ReadUnknownLengthAsync(stream, maxBytes, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads at most <paramref name="maxBytes"/> of an error answer to a download; the rest is left unread.</summary>
    private static async ValueTask<ReadOnlyMemory<byte>?> ReadPrefixAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[(int)Math.Min(maxBytes, 1024 * 1024)];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }

            return buffer.AsMemory(0, total);
        }
    }

    private static async ValueTask<ReadOnlyMemory<byte>?> ReadUnknownLengthAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        var limit = (int)Math.Min(maxBytes, Array.MaxLength - 1);
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(InitialUnknownLengthBuffer, (long)limit + 1));
        var total = 0;
        try
        {
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (total > limit)
                    {
                        return null;
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, (long)limit + 1));
                    buffer.AsSpan(0, total).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                total += read;
                if (total > limit)
                {
                    return null;
                }
            }

            return buffer.AsSpan(0, total).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Whether the transport is the SDK's socket handler with its <see cref="WireTap"/>: only then is the attempt
    /// announced to the tap (a user's own primary handler does not resend on its own).
    /// </summary>
    private bool IsTapped()
    {
        var tap = Volatile.Read(ref _tapState);
        if (tap == 0)
        {
            HttpMessageHandler? inner = InnerHandler;
            while (inner is DelegatingHandler delegating)
            {
                inner = delegating.InnerHandler;
            }

            tap = inner is SocketsHttpHandler sockets && WireTap.IsInstalled(sockets) ? 1 : 2;
            Volatile.Write(ref _tapState, tap);
        }

        return tap == 1;
    }
}
