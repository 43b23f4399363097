using System.Globalization;
using Broker.Authentication;

namespace Broker.IntegrationTests.DhanFeeds;

/// <summary>A renewable flow that hands out a new (sandbox-unknown) token on every mint: t1, t2, t3…</summary>
internal sealed class MintingTokenProvider : IAccessTokenProvider
{
    private int _minted;

    public string FlowName => "test-mint";

    public bool CanRenew => true;

    public string RenewalHint => "none";

    public int Minted => Volatile.Read(ref _minted);

    public Task<AccessToken> GetTokenAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new AccessToken("t" + Interlocked.Increment(ref _minted).ToString(CultureInfo.InvariantCulture), null));
}
