using Broker.Errors;
using Broker.Sandbox;

namespace Broker.IntegrationTests.Faults;

/// <summary>Fault matrix row 7: token expiry under concurrency, and a mint that fails.</summary>
public class TokenFaultTests
{
    public static TheoryData<string> Brokers => FaultTargets.Brokers;

    [Theory]
    [MemberData(nameof(Brokers))]
    public async Task Fifty_concurrent_calls_after_the_token_expired_mint_once_and_all_succeed(string broker)
    {
        await using var target = await FaultTargets.StartAsync(broker, new FaultTargetSettings
        {
            Client = o => o.EnableRateLimiting = false,
            Sandbox = o => o.EnforceRateLimits = false,
        });
        await target.ReadAsync();
        var minted = target.TokensMinted;
        target.ExpireToken();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => target.ReadAsync()));

        Assert.Equal(minted + 1, target.TokensMinted);
        Assert.Equal(51, target.Sandbox.Requests.ForEndpoint(target.ReadEndpoint).Count(r => r.StatusCode == 200));
    }

    [Theory]
    [MemberData(nameof(Brokers))]
    public async Task A_mint_answered_500_fails_the_call_with_an_authentication_error_naming_the_flow_and_the_next_call_mints_again(string broker)
    {
        await using var target = await FaultTargets.StartAsync(broker);
        target.Sandbox.Faults.Inject(target.MintEndpoint, Fault.Status(500));

        var failure = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => target.ReadAsync());

        Assert.False(string.IsNullOrEmpty(failure.Flow));
        Assert.Contains(failure.Flow!, failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, target.Arrivals(target.MintEndpoint));
        Assert.Equal(0, target.Arrivals(target.ReadEndpoint));

        await target.ReadAsync();
        Assert.Equal(2, target.Arrivals(target.MintEndpoint));
    }

    [Theory]
    [MemberData(nameof(Brokers))]
    public async Task A_wrong_totp_secret_fails_with_an_authentication_error_after_one_mint_attempt_per_call(string broker)
    {
        await using var target = await FaultTargets.StartAsync(broker, new FaultTargetSettings { WrongTotpSecret = true });

        var first = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => target.ReadAsync());
        var second = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => target.ReadAsync());

        Assert.False(string.IsNullOrEmpty(first.Flow));
        Assert.Equal(first.Flow, second.Flow);
        Assert.Equal(2, target.Arrivals(target.MintEndpoint));
        Assert.Equal(0, target.Arrivals(target.ReadEndpoint));
    }
}
