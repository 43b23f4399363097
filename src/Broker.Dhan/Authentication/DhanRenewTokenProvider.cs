using Broker.Authentication;
using Broker.Dhan.Sending;
using Broker.Dhan.Validation;
using Broker.Errors;
using Broker.Http;

namespace Broker.Dhan.Authentication;

/// <summary>
/// Starts from a Dhan-Web token and keeps it alive with <c>GET /v2/RenewToken</c> (headers <c>access-token</c> and
/// <c>dhanClientId</c>), which returns a new 24-hour token and expires the old one. Dhan renews only active tokens, so
/// the TokenManager renews a margin before expiry; a token that already expired needs a person.
/// </summary>
internal sealed class DhanRenewTokenProvider : IAccessTokenProvider
{
    private readonly Func<DhanSender> _sender;
    private readonly Func<AccessToken?> _currentToken;
    private readonly string _clientId;
    private readonly AccessToken _initial;
    private readonly TimeProvider _timeProvider;
    private int _initialIssued;

    public DhanRenewTokenProvider(Func<DhanSender> sender, Func<AccessToken?> currentToken, string clientId, string initialToken, TimeProvider timeProvider)
    {
        _sender = sender;
        _currentToken = currentToken;
        _clientId = clientId;
        _timeProvider = timeProvider;
        _initial = new AccessToken(initialToken, DhanJwt.ReadExpiry(initialToken));
    }

    public string FlowName => "renew-token";

    public bool CanRenew => true;

    public string RenewalHint => "Generate a new access token on Dhan Web (My Profile → Access DhanHQ APIs): RenewToken only renews tokens that are still active.";

    public async Task<AccessToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        var current = _currentToken() ?? _initial;
        if (Interlocked.Exchange(ref _initialIssued, 1) == 0 && !_initial.IsExpired(_timeProvider.GetUtcNow(), TimeSpan.FromMinutes(1)))
        {
            // The configured token is still good: use it rather than spending a renewal.
            return _initial;
        }

        if (current.IsExpired(_timeProvider.GetUtcNow()))
        {
            throw new BrokerAuthenticationException($"The Dhan access token expired at {current.ExpiresAt:yyyy-MM-dd HH:mm:ss zzz} and RenewToken only renews active tokens. {RenewalHint}")
            {
                Broker = Errors.DhanErrorReader.Broker,
                Flow = FlowName,
                RequiresHumanAction = true,
                StatusCode = 401,
            };
        }

        var sender = _sender();
        var request = sender.Request(HttpMethod.Get, "RenewToken");
        request.Headers.Add("access-token", current.Value);
        request.Headers.Add("dhanClientId", _clientId);
        var info = await DhanTokenMinter.MintAsync(sender, request, DhanEndpoints.RenewToken, FlowName, _timeProvider, cancellationToken).ConfigureAwait(false);
        return info.AccessToken;
    }

    public override string ToString() => "DhanRenewTokenProvider(***)";
}
