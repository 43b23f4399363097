using System.Globalization;
using System.Text;
using Broker.Authentication;

namespace Broker.IntegrationTests.DhanFeeds;

/// <summary>A renewable flow whose n-th mint (1-based) returns <c>mint(n)</c>: the sandbox's seeded Dhan-Web token, or JWT-shaped tokens of a chosen kind.</summary>
internal sealed class ScriptedTokenProvider(Func<int, string> mint) : IAccessTokenProvider
{
    private int _minted;

    public string FlowName => "test-script";

    public bool CanRenew => true;

    public string RenewalHint => "none";

    public int Minted => Volatile.Read(ref _minted);

    /// <summary>An unsigned JWT-shaped token with the given <c>tokenConsumerType</c> claim (unknown to the sandbox, so refused with 809).</summary>
    public static string Jwt(string consumerType, int serial)
    {
        static string Encode(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var claims = string.Create(CultureInfo.InvariantCulture, $$"""{"iss":"dhan","tokenConsumerType":"{{consumerType}}","serial":{{serial}}}""");
        return Encode("""{"typ":"JWT","alg":"HS512"}""") + "." + Encode(claims) + ".c2lnbmF0dXJl";
    }

    public Task<AccessToken> GetTokenAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new AccessToken(mint(Interlocked.Increment(ref _minted)), null));
}
