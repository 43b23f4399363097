using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Broker.Errors;
using Broker.Logging;
using Broker.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Broker.Http;

/// <summary>
/// Sends one broker request through the configured <see cref="HttpClient"/> pipeline and turns the answer into a
/// typed result or a typed exception. This is where the money rules live, once for every broker:
/// an order write that fails after it may have reached the broker (connection reset, timeout, 5xx, unreadable 2xx)
/// becomes <see cref="OrderOutcomeUnknownException"/> carrying the client reference; non-2xx answers and 2xx answers
/// carrying an error envelope become <see cref="BrokerApiException"/> subtypes; a non-JSON body never escapes as a
/// <see cref="JsonException"/>.
/// </summary>
public sealed class BrokerHttpInvoker
{
    private readonly HttpClient _httpClient;
    private readonly IBrokerErrorReader _errorReader;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly Func<IEnumerable<string?>>? _knownSecrets;

    /// <summary>Creates an invoker.</summary>
    /// <param name="httpClient">The client with the broker's handler pipeline.</param>
    /// <param name="errorReader">Reads the broker's error envelopes.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="knownSecrets">
    /// The account's secrets (API key, secret, client secrets), removed from broker messages and body snippets
    /// wherever they appear, in case a broker echoes one back.
    /// </param>
    public BrokerHttpInvoker(HttpClient httpClient, IBrokerErrorReader errorReader, TimeProvider? timeProvider = null, ILogger? logger = null, Func<IEnumerable<string?>>? knownSecrets = null)
    {
        _knownSecrets = knownSecrets;
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(errorReader);
        _httpClient = httpClient;
        _errorReader = errorReader;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The broker's name.</summary>
    public string BrokerName => _errorReader.BrokerName;

    /// <summary>The underlying HTTP client.</summary>
    public HttpClient HttpClient => _httpClient;

    /// <summary>Sends a request and deserializes a JSON answer.</summary>
    /// <typeparam name="T">The response type.</typeparam>
    /// <param name="request">The request (disposed by this call).</param>
    /// <param name="endpoint">The endpoint being called.</param>
    /// <param name="responseType">Source-generated metadata for <typeparamref name="T"/>.</param>
    /// <param name="clientReference">For order writes, the client reference sent with the order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deserialized answer.</returns>
    public async Task<T> SendAsync<T>(HttpRequestMessage request, BrokerEndpoint endpoint, JsonTypeInfo<T> responseType, string? clientReference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responseType);
        var raw = await SendForRawAsync(request, endpoint, clientReference, cancellationToken).ConfigureAwait(false);
        return Deserialize(raw, endpoint, responseType, clientReference);
    }

    /// <summary>Sends a request whose successful answer carries nothing the caller needs (or may be empty).</summary>
    /// <param name="request">The request (disposed by this call).</param>
    /// <param name="endpoint">The endpoint being called.</param>
    /// <param name="clientReference">For order writes, the client reference.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer, read into memory.</returns>
    public Task<BrokerRawResponse> SendForRawAsync(HttpRequestMessage request, BrokerEndpoint endpoint, string? clientReference, CancellationToken cancellationToken) =>
        SendCoreAsync(request, endpoint, clientReference, cancellationToken);

    /// <summary>Deserializes a successful answer, raising a typed exception when it is not the expected JSON.</summary>
    /// <typeparam name="T">The response type.</typeparam>
    /// <param name="raw">The answer.</param>
    /// <param name="endpoint">The endpoint it came from.</param>
    /// <param name="responseType">Source-generated metadata for <typeparamref name="T"/>.</param>
    /// <param name="clientReference">For order writes, the client reference.</param>
    /// <returns>The value.</returns>
    public T Deserialize<T>(BrokerRawResponse raw, BrokerEndpoint endpoint, JsonTypeInfo<T> responseType, string? clientReference = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(responseType);
        if (!raw.LooksLikeJson)
        {
            throw InvalidResponse(raw, endpoint, clientReference, raw.Body.IsEmpty ? "an empty body" : $"a body that is not JSON ({raw.MediaType ?? "no content type"})", null);
        }

        try
        {
            var value = JsonSerializer.Deserialize(raw.Body.Span, responseType);
            return value ?? throw InvalidResponse(raw, endpoint, clientReference, "JSON null", null);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or FormatException or OverflowException)
        {
            throw InvalidResponse(raw, endpoint, clientReference, $"JSON of an unexpected shape ({Redact(ex.Message)})", ex);
        }
    }

    private async Task<BrokerRawResponse> SendCoreAsync(HttpRequestMessage request, BrokerEndpoint endpoint, string? clientReference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(endpoint);
        using var _ = request;
        request.SetEndpoint(endpoint);
        request.Options.Set(BrokerRequestOptions.SentKey, false);
        if (clientReference is not null)
        {
            request.Options.Set(BrokerRequestOptions.ClientReferenceKey, clientReference);
        }

        var started = _timeProvider.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            if (IsOrderWrite(endpoint, clientReference) && WasSent(request))
            {
                // The caller gave up while the order was on the wire: it may exist. Say so inside the cancellation.
                var unknown = OutcomeUnknown(endpoint, clientReference!, "the call was cancelled after the order was sent", null, ex);
                throw new OperationCanceledException(unknown.Message, unknown, cancellationToken);
            }

            throw;
        }
        catch (BrokerTimeoutException ex)
        {
            if (IsOrderWrite(endpoint, clientReference))
            {
                throw OutcomeUnknown(endpoint, clientReference!, $"no answer within {ex.Timeout.TotalSeconds:0.###} s", null, ex);
            }

            throw new BrokerTimeoutException($"{BrokerName} {endpoint.Name} did not answer within {ex.Timeout.TotalSeconds:0.###} s.", ex.Timeout, ex)
            {
                Broker = BrokerName,
                Endpoint = endpoint.Name,
            };
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException)
        {
            var detail = Redact(ex.Message);
            if (IsOrderWrite(endpoint, clientReference) && WasSent(request))
            {
                throw OutcomeUnknown(endpoint, clientReference!, $"the connection failed ({detail})", null, ex);
            }

            throw new BrokerTransportException($"{BrokerName} {endpoint.Name} could not be completed: {detail}", ex)
            {
                Broker = BrokerName,
                Endpoint = endpoint.Name,
            };
        }

        using (response)
        {
            byte[] body;
            try
            {
                body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException)
            {
                if (IsOrderWrite(endpoint, clientReference))
                {
                    throw OutcomeUnknown(endpoint, clientReference!, $"the answer was cut off ({Redact(ex.Message)})", (int)response.StatusCode, ex);
                }

                throw new BrokerTransportException($"{BrokerName} {endpoint.Name}: the answer was cut off.", ex) { Broker = BrokerName, Endpoint = endpoint.Name };
            }

            var raw = new BrokerRawResponse(
                response.StatusCode,
                response.Content.Headers.ContentType?.MediaType,
                body,
                BrokerRawResponse.ReadRetryAfter(response.Headers, _timeProvider.GetUtcNow()));
            if (_logger.IsEnabled(LogLevel.Debug))
            {
                var elapsed = _timeProvider.GetElapsedTime(started).TotalMilliseconds;
                BrokerLog.ResponseReceived(_logger, BrokerName, request.Method.Method, endpoint.Name, (int)raw.StatusCode, elapsed);
            }

            ThrowIfError(raw, endpoint, clientReference, RequestIdOf(request));
            return raw;
        }
    }

    private void ThrowIfError(BrokerRawResponse raw, BrokerEndpoint endpoint, string? clientReference, string? requestId)
    {
        // A malformed body is reported below by status, or by the deserializer for a 2xx.
        var error = _errorReader.TryReadError(raw);

        if (error is null && !raw.IsSuccessStatusCode)
        {
            var status = (int)raw.StatusCode;
            var (category, transient) = BrokerErrorCodeTable.ClassifyStatus(status);
            var what = raw.Body.IsEmpty
                ? "an empty body"
                : raw.LooksLikeJson ? "no recognisable error details" : $"a body that is not JSON ({raw.MediaType ?? "no content type"})";
            error = new BrokerErrorInfo(status, null, $"The broker answered HTTP {status} {ReasonOf(raw.StatusCode)} with {what}.", category, transient);
        }

        if (error is not null)
        {
            error = error with { Message = error.Message is null ? null : Redact(error.Message) };
            var exception = BrokerExceptionFactory.FromError(
                BrokerName, endpoint, error, Snippet(raw), clientReference, raw.RetryAfter, requestId);
            if (exception is OrderOutcomeUnknownException unknown)
            {
                BrokerLog.OrderOutcomeUnknown(_logger, BrokerName, endpoint.Name, unknown.ClientReference, $"HTTP {error.StatusCode}");
            }

            throw exception;
        }
    }

    private BrokerException InvalidResponse(BrokerRawResponse raw, BrokerEndpoint endpoint, string? clientReference, string what, Exception? inner)
    {
        var status = (int)raw.StatusCode;
        if (IsOrderWrite(endpoint, clientReference))
        {
            return OutcomeUnknown(endpoint, clientReference!, $"the broker answered HTTP {status} with {what}", status, inner);
        }

        return new BrokerApiException($"{BrokerName} {endpoint.Name} answered HTTP {status} with {what}.", inner)
        {
            Broker = BrokerName,
            Endpoint = endpoint.Name,
            StatusCode = status,
            Category = ErrorCategory.InvalidResponse,
            ResponseSnippet = Snippet(raw),
        };
    }

    private string Redact(string text) => SecretRedactor.Redact(text, _knownSecrets?.Invoke());

    private string? Snippet(BrokerRawResponse raw)
    {
        var snippet = SecretRedactor.Snippet(raw.Body.Span);
        return snippet is null || _knownSecrets is null ? snippet : SecretRedactor.Redact(snippet, _knownSecrets());
    }

    private OrderOutcomeUnknownException OutcomeUnknown(BrokerEndpoint endpoint, string clientReference, string reason, int? status, Exception? inner)
    {
        BrokerLog.OrderOutcomeUnknown(_logger, BrokerName, endpoint.Name, clientReference, reason);
        return new OrderOutcomeUnknownException(
            clientReference,
            $"{BrokerName} {endpoint.Name}: {reason}. The order may or may not have been placed: look it up by its client reference '{clientReference}' before sending it again.",
            inner)
        {
            Broker = BrokerName,
            Endpoint = endpoint.Name,
            StatusCode = status,
            Category = inner is BrokerTimeoutException ? ErrorCategory.Timeout : status is null ? ErrorCategory.Network : ErrorCategory.Server,
        };
    }

    private static bool IsOrderWrite(BrokerEndpoint endpoint, string? clientReference) => endpoint.IsOrderWrite && clientReference is not null;

    private static bool WasSent(HttpRequestMessage request) =>
        request.Options.TryGetValue(BrokerRequestOptions.SentKey, out var sent) && sent;

    private static string? RequestIdOf(HttpRequestMessage request) =>
        request.Headers.TryGetValues("x-request-id", out var values) ? values.FirstOrDefault() : null;

    private static string ReasonOf(HttpStatusCode status) => status.ToString();
}
