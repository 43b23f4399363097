using Broker.Groww.Sending;
using Broker.Groww.Serialization;

namespace Broker.Groww.Users;

/// <summary>The Groww user client over the account's pipeline.</summary>
internal sealed class GrowwUserClient : IGrowwUserClient
{
    private readonly GrowwSender _sender;

    public GrowwUserClient(GrowwSender sender)
    {
        _sender = sender;
    }

    public Task<GrowwUserProfile> GetProfileAsync(CancellationToken cancellationToken = default) =>
        _sender.SendAsync(_sender.Request(HttpMethod.Get, "v1/user/detail"), GrowwEndpoints.UserProfile, GrowwJsonContext.Default.GrowwEnvelopeGrowwUserProfile, cancellationToken);
}
