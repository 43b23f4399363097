using Broker.Dhan.Http;
using Broker.Dhan.Serialization;

namespace Broker.Dhan.Profile;

/// <inheritdoc />
internal sealed class DhanProfileClient : IDhanProfileClient
{
    private readonly DhanClientContext _context;

    public DhanProfileClient(DhanClientContext context) => _context = context;

    public async Task<DhanProfile> GetAsync(CancellationToken cancellationToken = default)
    {
        var message = _context.Requests.Api(HttpMethod.Get, "profile");

        // The official SDK sends dhanClientId here as well as client-id.
        message.Headers.TryAddWithoutValidation("dhanClientId", _context.ClientId);
        return await _context.Invoker.SendAsync(message, DhanEndpoints.Profile, DhanJsonContext.Default.DhanProfile, null, cancellationToken).ConfigureAwait(false);
    }
}
