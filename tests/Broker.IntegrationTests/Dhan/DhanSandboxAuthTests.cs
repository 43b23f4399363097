using Broker.Errors;
using Broker.Testing;

namespace Broker.IntegrationTests.Dhan;

public class DhanSandboxAuthTests
{
    [Theory]
    [InlineData(DhanSandboxLogin.PinTotp, 1)]
    [InlineData(DhanSandboxLogin.AccessToken, 0)]
    [InlineData(DhanSandboxLogin.RenewToken, 0)]
    [InlineData(DhanSandboxLogin.Consent, 1)]
    public async Task Each_login_flow_reaches_the_profile(DhanSandboxLogin login, int tokensMinted)
    {
        await using var h = await DhanSandboxHarness.StartAsync(login);

        var profile = await h.Client.Profile.GetProfileAsync();

        Assert.Equal(h.Account.ClientId, profile.DhanClientId);
        Assert.Equal(tokensMinted, h.Sandbox.Dhan.TokensMinted);
    }

    [Fact]
    public async Task A_pin_totp_token_that_expires_on_the_server_clock_is_minted_again_exactly_once_for_concurrent_callers()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        await h.Client.Profile.GetProfileAsync();

        h.Sandbox.Clock.Advance(TimeSpan.FromDays(1));
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => h.Client.Funds.GetFundLimitAsync()));

        Assert.All(results, f => Assert.Equal(h.Account.ClientId, f.DhanClientId));
        Assert.Equal(2, h.Sandbox.Dhan.TokensMinted);
    }

    [Fact]
    public async Task A_pin_totp_token_revoked_by_the_server_is_minted_again_once_and_the_calls_succeed()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        await h.Client.Profile.GetProfileAsync();

        h.ServerAccount.RevokeAccessTokens();

        // A fresh TOTP step, so the client need not wait (in real time) for a code it has not used yet.
        h.Sandbox.Clock.Advance(TimeSpan.FromSeconds(30));
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => h.Client.Profile.GetProfileAsync()));

        Assert.All(results, p => Assert.Equal(h.Account.ClientId, p.DhanClientId));
        Assert.Equal(2, h.Sandbox.Dhan.TokensMinted);
    }

    [Fact]
    public async Task A_renewable_token_near_its_expiry_on_the_server_clock_is_renewed_exactly_once_with_RenewToken()
    {
        await using var h = await DhanSandboxHarness.StartAsync(DhanSandboxLogin.RenewToken);
        await h.Client.Profile.GetProfileAsync();

        // Inside the client's renew-before-expiry margin (5 minutes) but before the server's expiry.
        h.Sandbox.Clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromMinutes(2));
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => h.Client.Portfolio.GetPositionsAsync()));
        // Renewal ahead of expiry runs in the background while the still-valid token serves the calls.
        await (h.Client.Tokens.RenewalInProgress ?? Task.CompletedTask);

        Assert.Equal(20, results.Length);
        Assert.True(
            h.Sandbox.Dhan.TokensMinted == 1,
            $"{h.Sandbox.Dhan.TokensMinted} token(s) minted; renewal log: {string.Join(" | ", h.Logs.GetSnapshot().Where(e => e.Id.Id is >= 1001 and <= 1008).Select(e => e.ToFullText()))}");
        Assert.Single(h.Sandbox.Requests.ForEndpoint(Broker.Sandbox.SandboxEndpointNames.DhanRenewToken));
        Assert.Equal(h.ServerAccount.ActiveAccessToken, h.Client.Tokens.CurrentToken?.Value);
    }

    [Fact]
    public async Task A_renewable_token_that_already_expired_on_the_server_clock_asks_for_a_person_without_calling_RenewToken()
    {
        await using var h = await DhanSandboxHarness.StartAsync(DhanSandboxLogin.RenewToken);
        await h.Client.Profile.GetProfileAsync();

        h.Sandbox.Clock.Advance(TimeSpan.FromDays(1));
        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => h.Client.Profile.GetProfileAsync());

        Assert.True(ex.RequiresHumanAction);
        Assert.Empty(h.Sandbox.Requests.ForEndpoint(Broker.Sandbox.SandboxEndpointNames.DhanRenewToken));
        Assert.Equal(0, h.Sandbox.Dhan.TokensMinted);
    }

    [Fact]
    public async Task A_static_token_revoked_by_the_server_asks_for_a_person_after_one_request()
    {
        await using var h = await DhanSandboxHarness.StartAsync(DhanSandboxLogin.AccessToken);
        await h.Client.Profile.GetProfileAsync();
        h.ServerAccount.RevokeAccessTokens();
        var before = h.Sandbox.Requests.Snapshot().Count;

        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => h.Client.Profile.GetProfileAsync());

        Assert.True(ex.RequiresHumanAction);
        Assert.Equal(1, h.Sandbox.Requests.Snapshot().Count - before);
    }

    [Fact]
    public async Task A_consent_token_that_expires_on_the_server_clock_asks_for_a_person()
    {
        await using var h = await DhanSandboxHarness.StartAsync(DhanSandboxLogin.Consent);
        await h.Client.Profile.GetProfileAsync();

        h.Sandbox.Clock.Advance(TimeSpan.FromDays(1));
        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => h.Client.Funds.GetFundLimitAsync());

        Assert.True(ex.RequiresHumanAction);
        Assert.Equal(1, h.Sandbox.Dhan.TokensMinted);
    }

    [Theory]
    [InlineData(DhanSandboxLogin.PinTotp)]
    [InlineData(DhanSandboxLogin.AccessToken)]
    [InlineData(DhanSandboxLogin.RenewToken)]
    [InlineData(DhanSandboxLogin.Consent)]
    public async Task No_secret_of_a_login_flow_and_its_renewals_appears_in_the_trace_logs(DhanSandboxLogin login)
    {
        await using var h = await DhanSandboxHarness.StartAsync(login);
        await h.Client.Profile.GetProfileAsync();
        h.Sandbox.Clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromMinutes(2));
        await h.Client.Funds.GetFundLimitAsync();
        var secrets = h.Secrets().ToList();
        h.ServerAccount.RevokeAccessTokens();
        h.Sandbox.Clock.Advance(TimeSpan.FromSeconds(30));
        await Record.ExceptionAsync(() => h.Client.Portfolio.GetPositionsAsync());

        var text = h.Logs.AllText();
        Assert.NotEmpty(h.Logs.GetSnapshot());
        Assert.All(secrets.Concat(h.Secrets()), s => Assert.DoesNotContain(s, text, StringComparison.Ordinal));
    }
}
