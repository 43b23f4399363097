using Broker.Authentication;

namespace Broker.Benchmarks.Pipeline;

/// <summary>A token provider that returns one long-lived token.</summary>
internal sealed class FixedTokenProvider : IAccessTokenProvider
{
    private readonly AccessToken _token = new("canned-access-token", DateTimeOffset.UtcNow.AddYears(1));

    public string FlowName => "fixed";

    public bool CanRenew => true;

    public string RenewalHint => "none";

    public Task<AccessToken> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult(_token);
}
