using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Broker.Http;

namespace Broker.Groww.Http;

/// <summary>
/// What every Groww area client shares: building requests against the configured host, sending them through the
/// account's pipeline, and unwrapping Groww's <c>status/payload</c> envelope.
/// </summary>
internal sealed class GrowwApi
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");

    public GrowwApi(BrokerHttpInvoker invoker, GrowwClientOptions options, TimeProvider timeProvider, Instruments.GrowwInstrumentCatalog? instruments = null)
    {
        Invoker = invoker;
        Options = options;
        TimeProvider = timeProvider;
        Instruments = instruments;
    }

    /// <summary>The instrument catalogue, when registered: orders are checked against the instrument's tick size.</summary>
    public Instruments.GrowwInstrumentCatalog? Instruments { get; }

    public BrokerHttpInvoker Invoker { get; }

    public GrowwClientOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    public HttpRequestMessage Request(HttpMethod method, string path, BrokerQuery query = default) =>
        new(method, BrokerUrl.Combine(Options.BaseAddress, path, query));

    public HttpRequestMessage Request<TBody>(HttpMethod method, string path, TBody body, JsonTypeInfo<TBody> bodyType, BrokerQuery query = default)
    {
        var request = Request(method, path, query);
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, bodyType));
        content.Headers.ContentType = JsonMediaType;
        request.Content = content;
        return request;
    }

    /// <summary>
    /// Sends a request and returns the envelope's payload, which must be present; <paramref name="findMissing"/> names
    /// any other part the answer must carry (such as the order id of a placement). An answer without them is judged by
    /// the classifier (for an order write: outcome unknown).
    /// </summary>
    public async Task<T> SendAsync<T>(HttpRequestMessage request, BrokerEndpoint endpoint, JsonTypeInfo<GrowwEnvelope<T>> envelopeType, string? clientReference, CancellationToken cancellationToken, Func<T, string?>? findMissing = null)
        where T : class
    {
        var raw = await Invoker.SendForRawAsync(request, endpoint, clientReference, cancellationToken).ConfigureAwait(false);
        var envelope = Invoker.Deserialize(raw, endpoint, envelopeType, clientReference);
        if (envelope.Payload is not { } payload)
        {
            throw Invoker.Unusable(raw, endpoint, clientReference, "no \"payload\" in a success envelope");
        }

        if (findMissing?.Invoke(payload) is { } missing)
        {
            throw Invoker.Unusable(raw, endpoint, clientReference, missing);
        }

        return payload;
    }
}
