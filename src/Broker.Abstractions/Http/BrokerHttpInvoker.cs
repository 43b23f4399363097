using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Broker.Diagnostics;
using Broker.Errors;
using Broker.Logging;
using Broker.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Broker.Http;

/// <summary>
/// Sends one broker request through an account's <see cref="HttpClient"/> pipeline and turns the outcome into a typed
/// result or a typed exception. It decides nothing itself: the attempt's <see cref="BrokerClassification"/> (from the
/// account's <see cref="BrokerResponseClassifier"/>) says what happened, and the exception is built from it in one
/// place. Nothing raw (<see cref="JsonException"/>, <see cref="InvalidDataException"/>, <see cref="HttpRequestException"/>…)
/// escapes: every failure is a <see cref="BrokerException"/>, or an <see cref="OperationCanceledException"/> when the
/// caller cancelled (whose inner exception is an <see cref="OrderOutcomeUnknownException"/> when an order write was
/// already sent).
/// </summary>
public sealed class BrokerHttpInvoker
{
    private readonly HttpClient _httpClient;
    private readonly BrokerResponseClassifier _classifier;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    /// <summary>Creates an invoker.</summary>
    /// <param name="httpClient">The client with the account's handler pipeline.</param>
    /// <param name="classifier">The account's classifier.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="logger">The logger.</param>
    public BrokerHttpInvoker(HttpClient httpClient, BrokerResponseClassifier classifier, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(classifier);
        _httpClient = httpClient;
        _classifier = classifier;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// The invoker of a registered account: its named <see cref="HttpClient"/> (the account's handler pipeline), its
    /// classifier and the registered clock.
    /// </summary>
    /// <param name="services">The service provider the account is registered in.</param>
    /// <param name="key">The account.</param>
    /// <param name="logger">The broker package's logger.</param>
    /// <returns>The invoker.</returns>
    public static BrokerHttpInvoker ForAccount(IServiceProvider services, BrokerAccountKey key, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(key);
        return new BrokerHttpInvoker(
            services.GetRequiredService<IHttpClientFactory>().CreateClient(key.HttpClientName),
            services.GetRequiredKeyedService<BrokerResponseClassifier>(key),
            services.GetRequiredService<TimeProvider>(),
            logger)
        {
            Metrics = services.GetService<BrokerMetrics>() ?? BrokerMetrics.Shared,
            AccountName = key.Name,
        };
    }

    /// <summary>The instruments measurements go to: the service provider's (see <see cref="ForAccount"/>) or the process-wide ones.</summary>
    internal BrokerMetrics Metrics { get; init; } = BrokerMetrics.Shared;

    /// <summary>The header that carries a request's id to the broker and back in error reports (<c>x-request-id</c>).</summary>
    internal const string RequestIdHeader = "x-request-id";

    /// <summary>The clock the account's calls run on (the registered <see cref="System.TimeProvider"/>).</summary>
    internal TimeProvider TimeProvider => _timeProvider;

    /// <summary>The account's registration name, for logs (<c>default</c> unless the account was named).</summary>
    internal string AccountName { get; init; } = BrokerAccountKey.DefaultName;

    /// <summary>The broker's name.</summary>
    public string BrokerName => _classifier.BrokerName;

    /// <summary>The account's classifier.</summary>
    public BrokerResponseClassifier Classifier => _classifier;

    /// <summary>Sends a request and deserializes a JSON answer.</summary>
    /// <typeparam name="T">The response type.</typeparam>
    /// <param name="request">The request (disposed by this call).</param>
    /// <param name="endpoint">The endpoint being called.</param>
    /// <param name="responseType">Source-generated metadata for <typeparamref name="T"/>.</param>
    /// <param name="clientReference">For order writes, the client reference sent with the order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deserialized answer.</returns>
    public async ValueTask<T> SendAsync<T>(HttpRequestMessage request, BrokerEndpoint endpoint, JsonTypeInfo<T> responseType, string? clientReference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responseType);
        var raw = await SendForRawAsync(request, endpoint, clientReference, cancellationToken).ConfigureAwait(false);
        return Deserialize(raw, endpoint, responseType, clientReference);
    }

    /// <summary>Sends a request and returns its successful answer, read into memory (which may be empty).</summary>
    /// <param name="request">The request (disposed by this call).</param>
    /// <param name="endpoint">The endpoint being called.</param>
    /// <param name="clientReference">For order writes, the client reference.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    public async ValueTask<BrokerRawResponse> SendForRawAsync(HttpRequestMessage request, BrokerEndpoint endpoint, string? clientReference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(endpoint);
        using var _ = request;
        var state = new BrokerRequestState(endpoint, clientReference);
        request.Options.Set(BrokerRequestState.Key, state);
        var started = _timeProvider.GetTimestamp();
        using var activity = StartActivity(endpoint, clientReference);
        try
        {
            var raw = await SendCoreAsync(request, state, started, activity, cancellationToken).ConfigureAwait(false);
            Record(state, started, activity, null);
            return raw;
        }
        catch (Exception ex)
        {
            Record(state, started, activity, ex);
            throw;
        }
    }

    private async ValueTask<BrokerRawResponse> SendCoreAsync(HttpRequestMessage request, BrokerRequestState state, long started, Activity? activity, CancellationToken cancellationToken)
    {
        var endpoint = state.Endpoint;
        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller's cancellation: an OperationCanceledException, carrying "outcome unknown" for a sent order write.
            throw Fail(_classifier.ClassifyCancellation(endpoint, state.Sent), state, null, request, cancellationToken);
        }
        catch (BrokerAttemptException ex)
        {
            throw Fail(ex.Classification, state, null, request, cancellationToken);
        }
        catch (BrokerException)
        {
            // Raised before anything was sent for this attempt: a client-side rate-limit refusal, a failed token mint.
            throw;
        }
        catch (Exception ex)
        {
            throw Fail(_classifier.ClassifyFailure(ex, endpoint, state.Sent), state, null, request, cancellationToken);
        }

        using (response)
        {
            BrokerRawResponse raw;
            BrokerClassification classification;
            if (response.Content is BrokerResponseContent content)
            {
                raw = content.Raw;
                classification = content.Classification;
            }
            else
            {
                // A pipeline without the SDK's attempt handler: classify here, once.
                raw = new BrokerRawResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await ReadAsync(response, request, state, cancellationToken).ConfigureAwait(false));
                classification = _classifier.Classify(raw, endpoint);
            }

            if (_logger.IsEnabled(LogLevel.Debug))
            {
                var elapsed = _timeProvider.GetElapsedTime(started).TotalMilliseconds;
                var requestId = RequestId(request, activity);
                var waited = state.RateLimitWait.TotalMilliseconds;
                BrokerLog.ResponseReceived(_logger, BrokerName, AccountName, request.Method.Method, endpoint.Name, (int)raw.StatusCode, state.Attempts, elapsed, waited, requestId);
            }

            if (!classification.IsSuccess)
            {
                throw Fail(classification, state, raw, request, cancellationToken);
            }

            state.Classification = classification;
            return raw;
        }
    }

    /// <summary>Deserializes a successful answer; an answer that is not the expected JSON raises a typed exception.</summary>
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
            throw Unusable(raw, endpoint, clientReference, raw.Body.IsEmpty ? "an empty body" : $"a body that is not JSON ({raw.MediaType ?? "no content type"})");
        }

        T? value;
        try
        {
            value = JsonSerializer.Deserialize(raw.Body.Span, responseType);
        }
#pragma warning disable CA1031 // Whatever a converter throws on a hostile body becomes the classifier's decision, never a raw exception.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            throw Unusable(raw, endpoint, clientReference, "JSON of an unexpected shape", ex);
        }

        return value ?? throw Unusable(raw, endpoint, clientReference, "JSON null");
    }

    /// <summary>
    /// The exception for a successful answer that turned out unusable (a required part missing, such as the order id of
    /// a placement), as the classifier judges it: for an order write, outcome unknown.
    /// </summary>
    /// <param name="raw">The answer.</param>
    /// <param name="endpoint">The endpoint it came from.</param>
    /// <param name="clientReference">For order writes, the client reference.</param>
    /// <param name="problem">What is wrong, in words (not body text).</param>
    /// <param name="exception">The decoding failure, if any.</param>
    /// <returns>The exception to throw.</returns>
    public Exception Unusable(BrokerRawResponse raw, BrokerEndpoint endpoint, string? clientReference, string problem, Exception? exception = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(endpoint);
        var state = new BrokerRequestState(endpoint, clientReference);
        return Fail(_classifier.ClassifyUnusableAnswer(raw, endpoint, problem, exception), state, raw, null, CancellationToken.None);
    }

    private Exception Fail(BrokerClassification classification, BrokerRequestState state, BrokerRawResponse? raw, HttpRequestMessage? request, CancellationToken cancellationToken)
    {
        state.Classification = classification;
        var call = new BrokerCall(BrokerName, state.Endpoint, state.ClientReference)
        {
            Snippet = raw is null ? null : _classifier.Secrets.Snippet(raw.Body.Span),
            RequestId = SentRequestId(request),
            AuthenticationNote = state.AuthenticationNote,
            RequiresHumanAction = state.RequiresHumanAction,
            Flow = state.Flow,
            OccurredAt = _timeProvider.GetUtcNow(),
            CancellationToken = cancellationToken,
        };
        var exception = BrokerExceptionFactory.Create(classification, call);
        var unknown = exception as OrderOutcomeUnknownException ?? exception.InnerException as OrderOutcomeUnknownException;
        if (unknown is not null)
        {
            BrokerLog.OrderOutcomeUnknown(_logger, BrokerName, state.Endpoint.Name, unknown.ClientReference, classification.Description ?? classification.Outcome.ToString());
            if (Metrics.OrderOutcomeUnknown.Enabled)
            {
                Metrics.OrderOutcomeUnknown.Add(1, new TagList
                {
                    { BrokerTags.BrokerName, BrokerName },
                    { BrokerTags.Endpoint, state.Endpoint.Name },
                });
            }
        }

        return exception;
    }

    /// <summary>
    /// The id to quote when asking the broker about a request, for the request log: the <c>x-request-id</c> the SDK
    /// sent (Groww), otherwise the request span's trace id when tracing is on, otherwise <c>none</c>.
    /// </summary>
    private static string RequestId(HttpRequestMessage request, Activity? activity) =>
        SentRequestId(request) ?? activity?.TraceId.ToString() ?? "none";

    /// <summary>The <c>x-request-id</c> header the request went out with (Groww sets one per attempt), if any.</summary>
    private static string? SentRequestId(HttpRequestMessage? request) =>
        request is not null && request.Headers.TryGetValues(RequestIdHeader, out var ids) && ids.FirstOrDefault() is { Length: > 0 } id ? id : null;

    /// <summary>Starts the request's span, named after the endpoint, when a listener wants it.</summary>
    private Activity? StartActivity(BrokerEndpoint endpoint, string? clientReference)
    {
        var activity = BrokerActivities.Source.StartActivity(endpoint.Name, ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(BrokerTags.BrokerName, BrokerName);
            activity.SetTag(BrokerTags.Endpoint, endpoint.Name);
            activity.SetTag(BrokerTags.RateLimitCategory, endpoint.RateLimitCategory.Name);
            if (endpoint.IsOrderWrite && clientReference is not null)
            {
                activity.SetTag(BrokerTags.ClientReference, clientReference);
            }
        }

        return activity;
    }

    /// <summary>
    /// Records the request's outcome, read from the classification it ended with: the request counter, the duration
    /// histogram and the span's result. A request refused before it was sent (a client-side rate-limit refusal, a
    /// failed token mint) has no classification and counts as <c>not_sent</c>.
    /// </summary>
    private void Record(BrokerRequestState state, long started, Activity? activity, Exception? exception)
    {
        var requests = Metrics.Requests;
        var duration = Metrics.RequestDuration;
        if (!requests.Enabled && !duration.Enabled && activity is null)
        {
            return;
        }

        var classification = state.Classification;
        var outcome = classification is not null ? BrokerTags.Of(classification.Outcome)
            : exception is OperationCanceledException ? BrokerTags.Of(BrokerAttemptOutcome.Cancelled)
            : exception is null ? BrokerTags.Success
            : BrokerTags.NotSent;
        var status = classification?.StatusCode;
        var code = BrokerTags.ErrorCodeOf(classification, _classifier.Secrets);
        var tags = new TagList
        {
            { BrokerTags.BrokerName, BrokerName },
            { BrokerTags.Endpoint, state.Endpoint.Name },
            { BrokerTags.RateLimitCategory, state.Endpoint.RateLimitCategory.Name },
            { BrokerTags.Outcome, outcome },
        };
        if (status is { } s)
        {
            tags.Add(BrokerTags.StatusCode, s);
        }

        if (code is not null)
        {
            tags.Add(BrokerTags.ErrorCode, code);
        }

        requests.Add(1, tags);
        duration.Record(_timeProvider.GetElapsedTime(started).TotalSeconds, tags);

        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(BrokerTags.Outcome, outcome);
            activity.SetTag(BrokerTags.Attempts, state.Attempts);
            if (status is { } statusCode)
            {
                activity.SetTag(BrokerTags.StatusCode, statusCode);
            }

            if (code is not null)
            {
                activity.SetTag(BrokerTags.ErrorCode, code);
            }

            var failed = classification is { IsSuccess: false } || (classification is null && exception is not null);
            if (failed)
            {
                var errorType = classification is not null ? ErrorTypeOf(classification.Category) : exception!.GetType().Name;
                activity.SetTag(BrokerTags.ErrorType, errorType);
                activity.SetStatus(ActivityStatusCode.Error, outcome);
            }
        }
    }

    /// <summary>The <c>error.type</c> of a failed request: its error category, which never carries text from the wire.</summary>
    private static string ErrorTypeOf(ErrorCategory category) => category.ToString();

    private async Task<ReadOnlyMemory<byte>> ReadAsync(HttpResponseMessage response, HttpRequestMessage request, BrokerRequestState state, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw Fail(_classifier.ClassifyFailure(ex, state.Endpoint, state.Sent, (int)response.StatusCode), state, null, request, cancellationToken);
        }
    }
}
