using Broker.Groww.Http;
using Broker.Groww.Serialization;

namespace Broker.Groww.Users;

/// <summary>The Groww user client over the account's pipeline.</summary>
internal sealed class GrowwUserClient : IGrowwUserClient
{
    private readonly GrowwApi _api;

    public GrowwUserClient(GrowwApi api)
    {
        _api = api;
    }

    public Task<GrowwUserProfile> GetProfileAsync(CancellationToken cancellationToken = default) =>
        _api.SendAsync(_api.Request(HttpMethod.Get, "v1/user/detail"), GrowwEndpoints.UserProfile, GrowwJsonContext.Default.GrowwEnvelopeGrowwUserProfile, null, cancellationToken);
}
