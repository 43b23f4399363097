using Broker.Http;
using Broker.RateLimiting;

namespace Broker.Groww.Instruments;

/// <summary>The instrument-master download, as an endpoint for logs, retries and exceptions.</summary>
public static class GrowwInstrumentEndpoints
{
    /// <summary>
    /// <c>GET https://growwapi-assets.groww.in/instruments/instrument.csv</c>: a static file, no token, no documented
    /// rate limit; retried like any read.
    /// </summary>
    public static readonly BrokerEndpoint Master = new("instruments.csv", RateLimitCategory.Unlimited)
    {
        IsIdempotent = true,
        RequiresAuthentication = false,
        StreamsBody = true,
    };
}
