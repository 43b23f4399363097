using Broker.Dhan;
using Broker.Dhan.Authentication;
using Broker.Sandbox;

namespace Broker.IntegrationTests.Dhan;

/// <summary>The partner consent flow (spec §4.5) end to end against Broker.Sandbox.</summary>
public sealed class DhanSandboxPartnerConsentTests
{
    [Fact]
    public async Task The_partner_flow_yields_a_token_that_reads_the_logged_in_users_profile()
    {
        var options = new SandboxOptions();
        await using var sandbox = await BrokerSandbox.StartAsync(options);
        var partner = options.Dhan.Partner!;
        var environment = new DhanEnvironment("Broker.Sandbox", sandbox.DhanApiBaseUri, sandbox.DhanAuthBaseUri);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var consentClient = new DhanPartnerConsentClient(http, environment, timeProvider: sandbox.Clock);
        var credentials = new DhanPartnerCredentials(partner.PartnerId, partner.PartnerSecret);

        var consent = await consentClient.GenerateConsentAsync(credentials);
        using var login = await http.GetAsync(consentClient.BuildLoginUri(consent.ConsentId!));
        var location = login.Headers.Location ?? throw new InvalidOperationException($"The consent login answered {(int)login.StatusCode} without a redirect.");
        var tokenId = System.Web.HttpUtility.ParseQueryString(location.Query)["tokenId"] ?? throw new InvalidOperationException("The redirect carries no tokenId.");
        var info = await consentClient.ConsumeConsentAsync(credentials, tokenId);
        using var client = DhanClient.Create(new DhanClientOptions { Environment = environment, ClientId = info.ClientId, AccessToken = info.AccessToken.Value }, timeProvider: sandbox.Clock);
        var profile = await client.Profile.GetProfileAsync();

        Assert.Equal("GENERATED", consent.ConsentStatus);
        Assert.StartsWith(partner.RedirectUri.AbsoluteUri, location.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(options.Dhan.Accounts[0].ClientId, info.ClientId);
        Assert.Equal(info.ClientId, profile.DhanClientId);
    }
}
