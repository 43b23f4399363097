using System.Net.Http.Headers;
using Broker.Errors;
using Broker.Http;
using Broker.Security;

namespace Broker.Instruments;

/// <summary>
/// Downloads an instrument master through an SDK <see cref="HttpClient"/> and hands its body to a parser as a stream,
/// without buffering it: the response is read as soon as its headers arrive, and the body is capped at
/// <see cref="InstrumentDownloadRequest.MaxBytes"/> (checked against <c>Content-Length</c> up front and while reading).
/// A failed answer raises the typed exception its classification calls for (<see cref="BrokerApiException"/>); the cap,
/// <see cref="InstrumentMasterTooLargeException"/>; the time limit, <see cref="BrokerTimeoutException"/>; a broken
/// connection, <see cref="BrokerTransportException"/>.
/// </summary>
internal static class InstrumentMasterDownloader
{
    /// <summary>How much of an error answer is read, for its message.</summary>
    internal const int ErrorBodyLimit = 16 * 1024;

    /// <summary>Downloads a master and parses it while it arrives.</summary>
    /// <typeparam name="T">What the parser produces.</typeparam>
    /// <param name="httpClient">The client (its handler chain: retries, and for API hosts authentication and rate limits).</param>
    /// <param name="request">What to download.</param>
    /// <param name="parse">Reads the body; the stream fails if the cap is exceeded.</param>
    /// <param name="timeProvider">The clock for the time limit.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The parser's result.</returns>
    public static async Task<T> DownloadAsync<T>(
        HttpClient httpClient,
        InstrumentDownloadRequest request,
        Func<Stream, CancellationToken, Task<T>> parse,
        TimeProvider timeProvider,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var source = request.Address.GetLeftPart(UriPartial.Path);
        var classifier = new BrokerResponseClassifier(request.ErrorReader ?? new StatusOnlyErrorReader(request.BrokerName));
        var call = new BrokerCall(request.BrokerName, request.Endpoint, null) { OccurredAt = timeProvider.GetUtcNow(), CancellationToken = cancellationToken };
        using var timeout = request.Timeout == Timeout.InfiniteTimeSpan
            ? new CancellationTokenSource()
            : new CancellationTokenSource(request.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var message = new HttpRequestMessage(HttpMethod.Get, request.Address);
            message.SetEndpoint(request.Endpoint);
            message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
            message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*", 0.5));
            using var response = await httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            if (response.GetClassification() is { IsSuccess: false } failed)
            {
                throw BrokerExceptionFactory.Create(failed, call with { Snippet = Snippet(response) });
            }

            if (!response.IsSuccessStatusCode)
            {
                // A client without the SDK's attempt handler: classify the answer here.
                var body = await ReadPrefixAsync(response.Content, linked.Token).ConfigureAwait(false);
                var raw = new BrokerRawResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
                throw BrokerExceptionFactory.Create(classifier.Classify(raw, request.Endpoint), call with { Snippet = SecretRedactor.Snippet(body) });
            }

            if (response.Content.Headers.ContentLength is { } length && length > request.MaxBytes)
            {
                throw new InstrumentMasterTooLargeException(source, request.MaxBytes) { Broker = request.BrokerName, Endpoint = request.Endpoint.Name };
            }

            var stream = await response.Content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false);
            var limited = new LimitedReadStream(stream, request.MaxBytes, source);
            await using (limited.ConfigureAwait(false))
            {
                return await parse(limited, linked.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new BrokerTimeoutException($"Downloading the {request.BrokerName} instrument master {source} did not finish within {request.Timeout.TotalSeconds:0.###} s.", request.Timeout, ex)
            {
                Broker = request.BrokerName,
                Endpoint = request.Endpoint.Name,
            };
        }
        catch (BrokerAttemptException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new BrokerTimeoutException($"Downloading the {request.BrokerName} instrument master {source} did not finish within {request.Timeout.TotalSeconds:0.###} s.", request.Timeout, ex.Classification.Exception)
            {
                Broker = request.BrokerName,
                Endpoint = request.Endpoint.Name,
            };
        }
        catch (BrokerAttemptException ex)
        {
            throw BrokerExceptionFactory.Create(ex.Classification, call);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException && ex.InnerException is not InstrumentMasterTooLargeException)
        {
            throw new BrokerTransportException($"Downloading the {request.BrokerName} instrument master {source} failed: {SecretRedactor.Redact(ex.Message)}", ExceptionRedaction.Sanitize(ex, BrokerSecrets.None))
            {
                Broker = request.BrokerName,
                Endpoint = request.Endpoint.Name,
            };
        }
    }

    private static string? Snippet(HttpResponseMessage response) =>
        response.Content is BrokerResponseContent content ? SecretRedactor.Snippet(content.Raw.Body.Span) : null;

    private static async Task<byte[]> ReadPrefixAsync(HttpContent content, CancellationToken cancellationToken)
    {
        // An error page is read only up to a limit: it is for the message, and the server may be sending the master anyway.
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[ErrorBodyLimit];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }

            return buffer[..total];
        }
    }
}
