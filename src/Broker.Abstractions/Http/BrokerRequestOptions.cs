namespace Broker.Http;

/// <summary>
/// The keys under which the SDK stores request metadata in <see cref="HttpRequestMessage.Options"/>, and helpers to
/// read and write them. Your own <see cref="DelegatingHandler"/>s can read these too.
/// </summary>
public static class BrokerRequestOptions
{
    /// <summary>The endpoint being called.</summary>
    public static readonly HttpRequestOptionsKey<BrokerEndpoint> EndpointKey = new("Broker.Endpoint");

    /// <summary>The client reference of an order write (Groww <c>order_reference_id</c>, Dhan <c>correlationId</c>).</summary>
    public static readonly HttpRequestOptionsKey<string> ClientReferenceKey = new("Broker.ClientReference");

    /// <summary>
    /// <see langword="false"/> until the request has been handed towards the network (after its rate-limit permit);
    /// an order write cancelled before that point certainly did not reach the broker.
    /// </summary>
    public static readonly HttpRequestOptionsKey<bool> SentKey = new("Broker.Sent");

    /// <summary>Set by the authentication handler when it has already renewed the token and resent this request once.</summary>
    public static readonly HttpRequestOptionsKey<bool> AuthenticationRetriedKey = new("Broker.AuthenticationRetried");

    /// <summary>Stamps the endpoint on a request.</summary>
    /// <param name="request">The request.</param>
    /// <param name="endpoint">The endpoint.</param>
    public static void SetEndpoint(this HttpRequestMessage request, BrokerEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(EndpointKey, endpoint);
    }

    /// <summary>Reads the endpoint stamped on a request, if any.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The endpoint, or <see langword="null"/> for a request the SDK did not build.</returns>
    public static BrokerEndpoint? GetEndpoint(this HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(EndpointKey, out var endpoint) ? endpoint : null;
    }

    /// <summary>
    /// Whether a request may be retried: its endpoint says so, or, for a request the SDK did not build, its method
    /// is GET, HEAD or OPTIONS.
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
}
