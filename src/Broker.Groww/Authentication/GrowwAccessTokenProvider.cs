using Broker.Authentication;
using Broker.Time;

namespace Broker.Groww.Authentication;

/// <summary>
/// Uses an access token generated on the Groww website. It cannot be renewed: once it expires (at
/// <see cref="GrowwCredentials.AccessTokenExpiresAt"/>, or the next daily expiry after it is first used) or Groww
/// rejects it, calls fail with a <see cref="Broker.Errors.BrokerAuthenticationException"/> saying to generate a new one.
/// </summary>
internal sealed class GrowwAccessTokenProvider : IAccessTokenProvider
{
    private readonly string _token;
    private readonly DateTimeOffset? _expiresAt;
    private readonly TimeOnly _dailyExpiry;
    private readonly TimeProvider _timeProvider;

    public GrowwAccessTokenProvider(string token, DateTimeOffset? expiresAt, TimeOnly dailyExpiry, TimeProvider timeProvider)
    {
        _token = token;
        _expiresAt = expiresAt;
        _dailyExpiry = dailyExpiry;
        _timeProvider = timeProvider;
    }

    public string FlowName => "access-token";

    public bool CanRenew => false;

    public string RenewalHint =>
        "Generate a new access token on the Groww website (https://groww.in/user/profile/trading-apis, Trading APIs, Access Token) and set Credentials.AccessToken; Groww access tokens expire daily at 06:00 IST. To renew automatically, use the API key + secret or TOTP credentials instead.";

    public Task<AccessToken> GetTokenAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new AccessToken(_token, _expiresAt ?? IndianTime.NextOccurrence(_timeProvider.GetUtcNow(), _dailyExpiry)));

    public override string ToString() => "GrowwAccessTokenProvider(***)";
}
