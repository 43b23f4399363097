using System.Net;
using Broker.Dhan.Authentication;
using Broker.Dhan.Tests.TestSupport;
using Broker.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Broker.Testing;

namespace Broker.Dhan.Tests.Authentication;

/// <summary>No secret reaches a log line (at Trace), an exception message or ToString, in any flow.</summary>
public sealed class SecretLeakTests
{
    private const string MintedToken = "eyJFAKE-MINTED-HEADER.eyJFAKE-secret-token-773.FAKE-MINTED-SIGNATURE";

    private static void AssertNoSecrets(string text, params string[] secrets)
    {
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Pin_totp_flow_leaks_no_pin_totp_secret_code_or_token()
    {
        using var host = new DhanTestHost(o =>
        {
            o.AccessToken = null;
            o.Pin = Secrets.Pin;
            o.TotpSecret = Secrets.TotpSecret;
        });
        var code = Totp.FromBase32(Secrets.TotpSecret, host.Time).GetCode();
        host.RespondInTurn(HttpMethod.Post, DhanTestHost.Auth + "app/generateAccessToken*",
            (HttpStatusCode.OK, """{"status":"error","message":"Invalid TOTP"}"""),
            (HttpStatusCode.OK, $$"""{"accessToken":"{{MintedToken}}","expiryTime":"2026-11-24T09:15:00"}"""));
        host.RespondInTurn(HttpMethod.Get, DhanTestHost.Api + "profile",
            (HttpStatusCode.BadRequest, $$"""{"errorType":"Input_Exception","errorCode":"DH-905","errorMessage":"token {{MintedToken}} not accepted here"}"""));

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => host.Client.Profile.GetProfileAsync());
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var rejected = await Assert.ThrowsAnyAsync<Exception>(() => host.Client.Profile.GetProfileAsync());

        var options = host.Services.GetRequiredService<IOptionsMonitor<DhanClientOptions>>().Get(host.Key.Name);
        var everything = string.Join("\n", host.Logs.AllText(), failure.ToString(), rejected.ToString(), options.ToString(), host.Client.Tokens.CurrentToken?.ToString());
        Assert.NotEmpty(host.Logs.GetSnapshot());
        AssertNoSecrets(everything, Secrets.Pin, Secrets.TotpSecret, code, MintedToken, "secret-token-773");
    }

    [Fact]
    public async Task Static_token_flow_leaks_no_token()
    {
        using var host = new DhanTestHost();
        host.Respond(HttpMethod.Get, DhanTestHost.Api + "profile", $$"""{"errorType":"Invalid_Authentication","errorCode":"DH-901","errorMessage":"access-token={{host.Token}} expired"}""", HttpStatusCode.Unauthorized);

        var rejected = await Assert.ThrowsAnyAsync<Exception>(() => host.Client.Profile.GetProfileAsync());

        var options = host.Services.GetRequiredService<IOptionsMonitor<DhanClientOptions>>().Get(host.Key.Name);
        var everything = string.Join("\n", host.Logs.AllText(), rejected.ToString(), options.ToString(), host.Client.Tokens.CurrentToken!.ToString());
        Assert.NotEmpty(host.Logs.GetSnapshot());
        AssertNoSecrets(everything, host.Token);
    }

    [Fact]
    public async Task Static_and_renew_token_flows_leak_no_token()
    {
        using var host = new DhanTestHost(o => o.AuthenticationMode = DhanAuthenticationMode.RenewToken);
        host.Respond(HttpMethod.Get, DhanTestHost.Api + "RenewToken", $$"""{"accessToken":"{{MintedToken}}","expiryTime":"2026-11-24T10:00:00"}""");
        host.RespondInTurn(HttpMethod.Get, DhanTestHost.Api + "profile",
            (HttpStatusCode.OK, "{}"),
            (HttpStatusCode.OK, "{}"),
            (HttpStatusCode.BadRequest, """{"errorType":"Order_Error","errorCode":"DH-906","errorMessage":"Invalid Token"}"""));
        await host.Client.Profile.GetProfileAsync();
        host.Time.Advance(TimeSpan.FromHours(19) + TimeSpan.FromMinutes(56));
        await host.Client.Profile.GetProfileAsync();
        var rejected = await Assert.ThrowsAnyAsync<Exception>(() => host.Client.Profile.GetProfileAsync());

        var options = host.Services.GetRequiredService<IOptionsMonitor<DhanClientOptions>>().Get(host.Key.Name);
        var everything = string.Join("\n", host.Logs.AllText(), rejected.ToString(), options.ToString(), host.Client.Tokens.CurrentToken!.ToString(), host.Client.ToString());
        Assert.NotEmpty(host.Logs.GetSnapshot());
        AssertNoSecrets(everything, host.Token, MintedToken);
    }

    [Fact]
    public async Task Consent_flow_leaks_no_app_secret_or_token()
    {
        using var host = new DhanTestHost();
        var credentials = new DhanApiKeyCredentials(Secrets.AppId, Secrets.AppSecret);
        host.Respond(HttpMethod.Post, DhanTestHost.Auth + "app/generate-consent*", $$"""{"status":"error","message":"bad app_secret={{Secrets.AppSecret}}"}""");
        host.Respond(HttpMethod.Get, DhanTestHost.Auth + "app/consumeApp-consent*", $$"""{"accessToken":"{{MintedToken}}"}""");

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => host.Client.Consent.GenerateConsentAsync(DhanTestHost.ClientId, credentials));
        var info = await host.Client.Consent.ConsumeConsentAsync(credentials, "token-id");

        var everything = string.Join("\n", host.Logs.AllText(), failure.ToString(), credentials.ToString(), info.ToString(), info.AccessToken.ToString());
        AssertNoSecrets(everything, Secrets.AppSecret, MintedToken);
    }

    [Fact]
    public async Task Partner_consent_flow_leaks_no_partner_credentials_or_token()
    {
        using var host = new DhanTestHost();
        const string partnerId = "partner-id-ZW7741";
        const string partnerSecret = "partner-secret-Qv38nM";
        var credentials = new DhanPartnerCredentials(partnerId, partnerSecret);
        host.Respond(HttpMethod.Post, DhanTestHost.Auth + "partner/generate-consent", $$"""{"status":"error","message":"bad partner_secret={{partnerSecret}}"}""", HttpStatusCode.Unauthorized);
        host.Respond(HttpMethod.Get, DhanTestHost.Auth + "partner/consume-consent*", $$"""{"accessToken":"{{MintedToken}}"}""");

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => host.Client.PartnerConsent.GenerateConsentAsync(credentials));
        var info = await host.Client.PartnerConsent.ConsumeConsentAsync(credentials, "token-id");

        var everything = string.Join("\n", host.Logs.AllText(), failure.ToString(), credentials.ToString(), info.ToString(), info.AccessToken.ToString());
        Assert.NotEmpty(host.Logs.GetSnapshot());
        AssertNoSecrets(everything, partnerId, partnerSecret, MintedToken);
    }

    [Fact]
    public void Options_to_string_masks_every_secret()
    {
        var options = new DhanClientOptions { ClientId = "1000000001", AccessToken = MintedToken, Pin = Secrets.Pin, TotpSecret = Secrets.TotpSecret };

        var text = options.ToString();

        AssertNoSecrets(text, MintedToken, Secrets.Pin, Secrets.TotpSecret);
        Assert.Contains("1000000001", text, StringComparison.Ordinal);
    }
}
