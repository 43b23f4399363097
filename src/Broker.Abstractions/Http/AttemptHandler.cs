using System.Buffers;
using System.Diagnostics;
using Broker.Diagnostics;
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
    /// <summary>The size of the pooled chunks an answer of unknown length is read into.</summary>
    private const int UnknownLengthChunk = 64 * 1024;
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

    /// <summary>The instruments measurements go to.</summary>
    internal BrokerMetrics Metrics { get; init; } = BrokerMetrics.Shared;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var state = BrokerRequestState.Of(request);
        if (state is null)
        {
            state = new BrokerRequestState(BrokerEndpoint.Unstamped(request.Method), null);
            request.Options.Set(BrokerRequestState.Key, state);
        }

        using var activity = BrokerActivities.Source.StartActivity(BrokerActivities.AttemptName, ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(BrokerTags.BrokerName, _classifier.BrokerName);
            activity.SetTag(BrokerTags.Endpoint, state.Endpoint.Name);
            activity.SetTag(BrokerTags.Attempt, state.Attempts + 1);
        }

        try
        {
            var response = await SendAttemptAsync(request, state, cancellationToken).ConfigureAwait(false);
            Record(state, response.GetClassification(), (int)response.StatusCode, activity);
            return response;
        }
        catch (BrokerAttemptException ex)
        {
            Record(state, ex.Classification, ex.Classification.StatusCode, activity);
            throw;
        }
        catch (OperationCanceledException)
        {
            Record(state, null, null, activity);
            throw;
        }
    }

    /// <summary>
    /// Records one attempt from its classification (for a download left for the caller to stream, none: a 2xx): the
    /// attempt counter, the throttle counter when the broker throttled it, and the attempt's span.
    /// </summary>
    private void Record(BrokerRequestState state, BrokerClassification? classification, int? status, Activity? activity)
    {
        var outcome = classification is not null ? BrokerTags.Of(classification.Outcome)
            : status is null ? BrokerTags.Of(BrokerAttemptOutcome.Cancelled)
            : BrokerTags.Success;
        var attempts = Metrics.Attempts;
        var throttled = Metrics.Throttled;
        var isThrottled = classification is { IsThrottled: true };
        if (!attempts.Enabled && !(isThrottled && throttled.Enabled) && activity is null)
        {
            return;
        }

        var code = BrokerTags.ErrorCodeOf(classification, _classifier.Secrets);
        var tags = new TagList
        {
            { BrokerTags.BrokerName, _classifier.BrokerName },
            { BrokerTags.Endpoint, state.Endpoint.Name },
            { BrokerTags.RateLimitCategory, state.Endpoint.RateLimitCategory.Name },
        };
        if (status is { } s)
        {
            tags.Add(BrokerTags.StatusCode, s);
        }

        if (code is not null)
        {
            tags.Add(BrokerTags.ErrorCode, code);
        }

        if (isThrottled)
        {
            throttled.Add(1, tags);
        }

        tags.Add(BrokerTags.Outcome, outcome);
        attempts.Add(1, tags);

        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(BrokerTags.Outcome, outcome);
            if (status is { } statusCode)
            {
                activity.SetTag(BrokerTags.StatusCode, statusCode);
            }

            if (code is not null)
            {
                activity.SetTag(BrokerTags.ErrorCode, code);
            }

            if (classification is { IsSuccess: false } || (classification is null && status is null))
            {
                activity.SetTag(BrokerTags.ErrorType, classification?.Category.ToString() ?? nameof(OperationCanceledException));
                activity.SetStatus(ActivityStatusCode.Error, outcome);
            }
        }
    }

    private async Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, BrokerRequestState state, CancellationToken cancellationToken)
    {
        var endpoint = state.Endpoint;
        var timeout = RentTimeout();
        using var link = timeout is not null && cancellationToken.CanBeCanceled
            ? cancellationToken.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), timeout)
            : default;
        var token = timeout?.Token ?? cancellationToken;
        WireAttempt? wire = null;
        if (IsTapped())
        {
            wire = new WireAttempt(state, cancellationToken);
            WireTap.Current.Value = wire;
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
            var failure = _classifier.ClassifyFailure(ex, endpoint, sent: !NeverLeftTheMachine(ex, wire), status);
            throw new BrokerAttemptException(failure, failure.Exception);
        }
        finally
        {
            link.Dispose();
            ReturnTimeout(timeout);
        }
    }

    /// <summary>
    /// Whether a failed attempt provably never reached the broker: the connection could not be made (name not resolved,
    /// refused, TLS or proxy failure) and the wire tap saw no byte of this attempt written. The tap is needed because a
    /// transport resend of an attempt that was written once can fail to connect too; without the tap (a custom primary
    /// handler) nothing is proven and the attempt counts as sent.
    /// </summary>
    private static bool NeverLeftTheMachine(Exception exception, WireAttempt? wire)
    {
        if (wire is not { Trips: 0 })
        {
            return false;
        }

        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is HttpRequestException
                {
                    HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError
                        or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError,
                })
            {
                return true;
            }
        }

        return false;
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

    /// <summary>
    /// Reads an answer of unknown length (chunked or compressed) into pooled chunks of a fixed size, then copies it once
    /// into an array of its exact length. An answer over the cap is abandoned with nothing allocated for it beyond the
    /// pooled chunks, and one within the cap costs its own length, not the doubling growth of a single buffer.
    /// </summary>
    private static async ValueTask<ReadOnlyMemory<byte>?> ReadUnknownLengthAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        var limit = Math.Min(maxBytes, Array.MaxLength - 1L);
        var first = ArrayPool<byte>.Shared.Rent(UnknownLengthChunk);
        List<byte[]>? more = null;
        var current = first;
        var filled = 0;
        long total = 0;
        try
        {
            while (true)
            {
                if (filled == current.Length)
                {
                    current = ArrayPool<byte>.Shared.Rent(UnknownLengthChunk);
                    (more ??= []).Add(current);
                    filled = 0;
                }

                var read = await stream.ReadAsync(current.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                filled += read;
                total += read;
                if (total > limit)
                {
                    return null;
                }
            }

            if (total == 0)
            {
                return ReadOnlyMemory<byte>.Empty;
            }

            var body = new byte[total];
            var offset = CopyChunk(first, body, 0);
            foreach (var chunk in more ?? [])
            {
                offset = CopyChunk(chunk, body, offset);
            }

            return body;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(first);
            if (more is not null)
            {
                foreach (var chunk in more)
                {
                    ArrayPool<byte>.Shared.Return(chunk);
                }
            }
        }
    }

    private static int CopyChunk(byte[] chunk, byte[] body, int offset)
    {
        var length = Math.Min(chunk.Length, body.Length - offset);
        chunk.AsSpan(0, length).CopyTo(body.AsSpan(offset));
        return offset + length;
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
