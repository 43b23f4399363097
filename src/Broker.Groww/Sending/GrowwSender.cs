using System.Text.Json.Serialization.Metadata;
using Broker.Http;

namespace Broker.Groww.Sending;

/// <summary>
/// Groww's REST sender: requests against the configured host, sent through the account's pipeline, answers unwrapped
/// from Groww's <c>{"status":"SUCCESS","payload":…}</c> envelope. The same vocabulary as Dhan's sender
/// (<see cref="BrokerSender"/>).
/// </summary>
internal sealed class GrowwSender : BrokerSender
{
    public GrowwSender(BrokerHttpInvoker invoker, Uri baseAddress)
        : base(invoker, baseAddress)
    {
    }

    /// <summary>Sends a request and returns the envelope's payload, which must be present.</summary>
    public async Task<T> SendAsync<T>(HttpRequestMessage request, BrokerEndpoint endpoint, JsonTypeInfo<GrowwEnvelope<T>> type, CancellationToken cancellationToken)
        where T : class =>
        (await SendCoreAsync(request, endpoint, type, Payload, new BrokerSendRules<T> { MissingResultProblem = NoPayload }, cancellationToken).ConfigureAwait(false))!;

    /// <summary>
    /// Sends an order write and returns the envelope's payload; <paramref name="findMissing"/> names any other part the
    /// answer must carry (the order id). An answer without them is judged by the classifier: outcome unknown.
    /// </summary>
    public async Task<T> SendAsync<T>(HttpRequestMessage request, BrokerEndpoint endpoint, JsonTypeInfo<GrowwEnvelope<T>> type, string clientReference, Func<T, string?>? findMissing, CancellationToken cancellationToken)
        where T : class =>
        (await SendCoreAsync(
            request,
            endpoint,
            type,
            Payload,
            new BrokerSendRules<T> { ClientReference = clientReference, FindMissing = findMissing, MissingResultProblem = NoPayload },
            cancellationToken).ConfigureAwait(false))!;

    /// <summary>A look-up: the payload, or <see langword="null"/> when Groww says the entity does not exist (GA004, 404).</summary>
    public Task<T?> FindAsync<T>(HttpRequestMessage request, BrokerEndpoint endpoint, JsonTypeInfo<GrowwEnvelope<T>> type, CancellationToken cancellationToken)
        where T : class =>
        SendCoreAsync(request, endpoint, type, Payload, new BrokerSendRules<T> { NullWhenNotFound = true, MissingResultProblem = NoPayload }, cancellationToken);

    private const string NoPayload = "no \"payload\" in a success envelope";

    private static T? Payload<T>(GrowwEnvelope<T> envelope) => envelope.Payload;
}
