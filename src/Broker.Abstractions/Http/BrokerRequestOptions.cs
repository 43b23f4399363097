namespace Broker.Http;

/// <summary>
/// What the SDK stamps on each request it builds, for your own <see cref="DelegatingHandler"/>s (added with the
/// client builder's <c>HttpClientBuilder.AddHttpMessageHandler</c>, they run inside the SDK's chain, once per attempt).
/// </summary>
public static class BrokerRequestOptions
{
    /// <summary>
    /// Stamps the endpoint (and for an order write its client reference) on a request. The SDK's own clients do this;
    /// call it only for a request you send through an account's HTTP client yourself.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="endpoint">The endpoint.</param>
    /// <param name="clientReference">The client reference of an order write, if any.</param>
    public static void SetEndpoint(this HttpRequestMessage request, BrokerEndpoint endpoint, string? clientReference = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(endpoint);
        request.Options.Set(BrokerRequestState.Key, new BrokerRequestState(endpoint, clientReference));
    }

    /// <summary>Reads the endpoint stamped on a request, if any.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The endpoint, or <see langword="null"/> for a request the SDK did not build.</returns>
    public static BrokerEndpoint? GetEndpoint(this HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return BrokerRequestState.Of(request)?.Endpoint;
    }

    /// <summary>Reads the client reference of an order write (Groww <c>order_reference_id</c>, Dhan <c>correlationId</c>), if any.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The reference, or <see langword="null"/>.</returns>
    public static string? GetClientReference(this HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return BrokerRequestState.Of(request)?.ClientReference;
    }

    /// <summary>
    /// Whether the request has been handed to the network at least once (so it may have reached the broker). An order
    /// write that fails before this point certainly did not reach the broker.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns><see langword="true"/> once handed to the network.</returns>
    public static bool HasBeenSent(this HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return BrokerRequestState.Of(request)?.Sent == true;
    }

    /// <summary>
    /// Whether the SDK may send the request more than once: its endpoint says it is idempotent (reads, calculations)
    /// and it is not an order write; for a request the SDK did not build, its method is GET, HEAD or OPTIONS.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns><see langword="true"/> when a retry is safe.</returns>
    public static bool IsIdempotent(this HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var endpoint = request.GetEndpoint();
        if (endpoint is not null)
        {
            return endpoint.IsIdempotent && !endpoint.IsOrderWrite;
        }

        return request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options;
    }

    /// <summary>The classification of the last attempt of a response the SDK's pipeline produced.</summary>
    /// <param name="response">The response.</param>
    /// <returns>The classification, or <see langword="null"/> when the response did not come through the SDK's attempt handler.</returns>
    public static BrokerClassification? GetClassification(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return (response.Content as BrokerResponseContent)?.Classification;
    }
}
