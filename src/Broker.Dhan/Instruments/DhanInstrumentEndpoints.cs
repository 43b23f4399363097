using Broker.Dhan.Sending;
using Broker.Dhan.Validation;
using Broker.Http;
using Broker.RateLimiting;

namespace Broker.Dhan.Instruments;

/// <summary>The instrument-master downloads, as endpoints for logs, retries and exceptions.</summary>
public static class DhanInstrumentEndpoints
{
    /// <summary>The compact CSV on <c>images.dhan.co</c>: a static file, no token, no documented limit.</summary>
    public static readonly BrokerEndpoint ScripMasterCompact = new("instruments.compact", RateLimitCategory.Unlimited)
    {
        IsIdempotent = true,
        RequiresAuthentication = false,
        StreamsBody = true,
    };

    /// <summary>The detailed CSV on <c>images.dhan.co</c>: a static file, no token, no documented limit.</summary>
    public static readonly BrokerEndpoint ScripMasterDetailed = ScripMasterCompact with { Name = "instruments.detailed" };

    /// <summary>
    /// <c>GET /v2/instrument/{exchangeSegment}</c> on the API host: sent with the account's token and counted as
    /// Non-trading (the spec's endpoint table; its prose once files <c>/instrument/*</c> under Data).
    /// </summary>
    public static readonly BrokerEndpoint Segment = BrokerEndpoint.Read("instruments.segment", DhanRateLimitCategories.NonTrading) with { StreamsBody = true };
}
