using Broker.RateLimiting;

namespace Broker.Http;

/// <summary>
/// Everything the SDK's handlers need to know about one request, kept in one object under one
/// <see cref="HttpRequestMessage.Options"/> key (one allocation, no boxed flags): the endpoint, the client reference of
/// an order write, whether it has been handed to the network, and what the authentication handler could not fix.
/// </summary>
internal sealed class BrokerRequestState
{
    internal static readonly HttpRequestOptionsKey<BrokerRequestState> Key = new("Broker.Request");

    public BrokerRequestState(BrokerEndpoint endpoint, string? clientReference)
    {
        Endpoint = endpoint;
        ClientReference = clientReference;
    }

    public BrokerEndpoint Endpoint { get; }

    public string? ClientReference { get; }

    /// <summary>
    /// Set by the attempt handler, the one place that marks it, just before an attempt is handed to the transport:
    /// from then on the request may have reached the broker.
    /// </summary>
    public bool Sent { get; private set; }

    /// <summary>How many attempts were handed to the transport.</summary>
    public int Attempts { get; private set; }

    /// <summary>Why a token the broker refused was not renewed (a pasted token, or renewal held back), for the exception.</summary>
    public string? AuthenticationNote { get; set; }

    /// <summary>A person must act before the refused token can be replaced.</summary>
    public bool RequiresHumanAction { get; set; }

    /// <summary>The authentication flow of the token the broker refused.</summary>
    public string? Flow { get; set; }

    /// <summary>The limiter and category of the attempt in flight, for a resend inside the transport (see <see cref="WireTap"/>).</summary>
    public BrokerRateLimiter? Limiter { get; set; }

    /// <summary>The rate-limit category of the attempt in flight.</summary>
    public RateLimitCategory Category { get; set; }

    /// <summary>How long the request's attempts waited for rate-limit permits, in total.</summary>
    public TimeSpan RateLimitWait { get; set; }

    /// <summary>
    /// The rate-limit permit of the attempt in flight. A resend the transport makes on its own completes it (the first
    /// trip has ended) and takes a new one, so every trip to the wire is inside a permit without a request ever
    /// holding two (which could deadlock a full category).
    /// </summary>
    public RateLimitPermit? Permit { get; set; }

    /// <summary>The classification the request ended with, once the invoker has it (for its metrics and span).</summary>
    public BrokerClassification? Classification { get; set; }

    public void MarkSent()
    {
        Sent = true;
        Attempts++;
    }

    /// <summary>Completes the permit of the attempt in flight.</summary>
    public void ReleasePermit()
    {
        var permit = Permit;
        Permit = null;
        permit?.Dispose();
    }

    public static BrokerRequestState? Of(HttpRequestMessage request) =>
        request.Options.TryGetValue(Key, out var state) ? state : null;
}
