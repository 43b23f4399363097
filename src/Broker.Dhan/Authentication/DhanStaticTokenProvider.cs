using Broker.Authentication;

namespace Broker.Dhan.Authentication;

/// <summary>A ready access token from options; its expiry is read from the JWT. It cannot be renewed.</summary>
internal sealed class DhanStaticTokenProvider : IAccessTokenProvider
{
    private readonly string _token;

    public DhanStaticTokenProvider(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        _token = token;
    }

    public string FlowName => "access-token";

    public bool CanRenew => false;

    public string RenewalHint =>
        "Generate a new access token on Dhan Web (My Profile → Access DhanHQ APIs) and restart with it, or configure Pin and TotpSecret so the SDK mints tokens itself.";

    public Task<AccessToken> GetTokenAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new AccessToken(_token, DhanJwt.ReadExpiry(_token)));

    public override string ToString() => "DhanStaticTokenProvider(***)";
}
