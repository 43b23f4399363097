using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Broker.Errors;
using Broker.Http;
using Broker.Security;

namespace Broker.Groww.Http;

/// <summary>
/// What every Groww area client shares: building requests against the configured host, sending them through the
/// account's pipeline, and unwrapping Groww's <c>status/payload</c> envelope.
/// </summary>
internal sealed class GrowwApi
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");

    public GrowwApi(BrokerHttpInvoker invoker, GrowwClientOptions options, TimeProvider timeProvider)
    {
        Invoker = invoker;
        Options = options;
        TimeProvider = timeProvider;
    }

    public BrokerHttpInvoker Invoker { get; }

    public GrowwClientOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>Escapes a value for use as one path segment.</summary>
    public static string Segment(string value) => Uri.EscapeDataString(value);

    public HttpRequestMessage Request(HttpMethod method, string path, GrowwQuery? query = null) =>
        new(method, Options.Resolve(path + query));

    public HttpRequestMessage Request<TBody>(HttpMethod method, string path, TBody body, JsonTypeInfo<TBody> bodyType, GrowwQuery? query = null)
    {
        var request = Request(method, path, query);
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, bodyType));
        content.Headers.ContentType = JsonMediaType;
        request.Content = content;
        return request;
    }

    /// <summary>Sends a request and returns the envelope's payload, which must be present.</summary>
    public async Task<T> SendAsync<T>(HttpRequestMessage request, BrokerEndpoint endpoint, JsonTypeInfo<GrowwEnvelope<T>> envelopeType, string? clientReference, CancellationToken cancellationToken)
        where T : class
    {
        var raw = await Invoker.SendForRawAsync(request, endpoint, clientReference, cancellationToken).ConfigureAwait(false);
        var envelope = Invoker.Deserialize(raw, endpoint, envelopeType, clientReference);
        return envelope.Payload ?? throw MissingPayload(raw, endpoint, clientReference);
    }

    private BrokerException MissingPayload(BrokerRawResponse raw, BrokerEndpoint endpoint, string? clientReference)
    {
        var status = (int)raw.StatusCode;
        var what = $"Groww {endpoint.Name} answered HTTP {status} without the expected \"payload\"";
        if (endpoint.IsOrderWrite && clientReference is not null)
        {
            return new OrderOutcomeUnknownException(
                clientReference,
                $"{what}. The order may or may not have been placed: look it up by its client reference '{clientReference}' before sending it again.")
            {
                Broker = Invoker.BrokerName,
                Endpoint = endpoint.Name,
                StatusCode = status,
                Category = ErrorCategory.InvalidResponse,
            };
        }

        return new BrokerApiException($"{what}.")
        {
            Broker = Invoker.BrokerName,
            Endpoint = endpoint.Name,
            StatusCode = status,
            Category = ErrorCategory.InvalidResponse,
            ResponseSnippet = SecretRedactor.Snippet(raw.Body.Span),
        };
    }
}
