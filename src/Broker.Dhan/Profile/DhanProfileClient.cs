using Broker.Dhan.Sending;
using Broker.Dhan.Validation;
using Broker.Dhan.Serialization;

namespace Broker.Dhan.Profile;

/// <inheritdoc />
internal sealed class DhanProfileClient : IDhanProfileClient
{
    private readonly DhanSender _sender;

    public DhanProfileClient(DhanSender sender)
    {
        _sender = sender;
    }

    public async Task<DhanProfile> GetProfileAsync(CancellationToken cancellationToken = default)
    {
        var message = _sender.Request(HttpMethod.Get, "profile");

        // The official SDK sends dhanClientId here as well as client-id.
        message.Headers.TryAddWithoutValidation("dhanClientId", _sender.ClientId);
        return await _sender.SendAsync(message, DhanEndpoints.Profile, DhanJsonContext.Default.DhanProfile, cancellationToken).ConfigureAwait(false);
    }
}
