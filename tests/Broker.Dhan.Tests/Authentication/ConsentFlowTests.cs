using System.Net;
using Broker.Dhan.Authentication;
using Broker.Dhan.Tests.TestSupport;
using Broker.Errors;

namespace Broker.Dhan.Tests.Authentication;

public sealed class ConsentFlowTests : IDisposable
{
    private static readonly DhanApiKeyCredentials Credentials = new(Secrets.AppId, Secrets.AppSecret);
    private readonly DhanTestHost _host = new();

    [Fact]
    public async Task GenerateConsent_posts_client_id_with_app_headers_and_no_access_token()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Auth + "app/generate-consent*",
            """{"consentAppId":"940b0ca1-3ff4-4476-b46e-03a3ce7dc55d","consentAppStatus":"GENERATED","status":"success"}""");

        var consent = await _host.Client.Consent.GenerateConsentAsync(DhanTestHost.ClientId, Credentials);

        var request = _host.Single;
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(DhanTestHost.Auth + "app/generate-consent?client_id=1000000001", request.Uri.ToString());
        Assert.Equal(Secrets.AppId, request.Header("app_id"));
        Assert.Equal(Secrets.AppSecret, request.Header("app_secret"));
        Assert.Null(request.Header("access-token"));
        Assert.Equal("940b0ca1-3ff4-4476-b46e-03a3ce7dc55d", consent.ConsentAppId);
        Assert.Equal("GENERATED", consent.ConsentAppStatus);
        Assert.Equal("success", consent.Status);
    }

    [Fact]
    public async Task GenerateConsent_without_success_status_is_an_authentication_error()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Auth + "app/generate-consent*", """{"consentAppId":"x","status":"rejected"}""");

        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => _host.Client.Consent.GenerateConsentAsync(DhanTestHost.ClientId, Credentials));

        Assert.Equal("consent", ex.Flow);
    }

    [Fact]
    public void BuildLoginUri_points_at_the_consent_login_page()
    {
        var uri = _host.Client.Consent.BuildLoginUri("940b0ca1-3ff4");

        Assert.Equal("https://auth.dhan.co/login/consentApp-login?consentAppId=940b0ca1-3ff4", uri.ToString());
    }

    [Fact]
    public async Task ConsumeConsent_gets_the_token_with_app_headers()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Auth + "app/consumeApp-consent*", """
            {"dhanClientId":"1000000001","dhanClientName":"JOHN DOE","dhanClientUcc":"CEFE4265","givenPowerOfAttorney":true,
             "accessToken":"consent-token","expiryTime":"2025-09-23T12:37:23"}
            """);

        var info = await _host.Client.Consent.ConsumeConsentAsync(Credentials, "token-id-1");

        var request = _host.Single;
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal(DhanTestHost.Auth + "app/consumeApp-consent?tokenId=token-id-1", request.Uri.ToString());
        Assert.Equal(Secrets.AppSecret, request.Header("app_secret"));
        Assert.Equal("consent-token", info.AccessToken.Value);
        Assert.Equal(new DateTimeOffset(2025, 9, 23, 12, 37, 23, TimeSpan.FromHours(5.5)), info.AccessToken.ExpiresAt);
        Assert.Equal("1000000001", info.ClientId);
        Assert.Equal("JOHN DOE", info.ClientName);
        Assert.Equal("CEFE4265", info.ClientUcc);
        Assert.True(info.GivenPowerOfAttorney);
        Assert.DoesNotContain("consent-token", info.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsumeConsent_falls_back_to_post_on_405()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Auth + "app/consumeApp-consent*", null, HttpStatusCode.MethodNotAllowed);
        _host.Respond(HttpMethod.Post, DhanTestHost.Auth + "app/consumeApp-consent*", """{"accessToken":"consent-token"}""");

        var info = await _host.Client.Consent.ConsumeConsentAsync(Credentials, "token-id-1");

        Assert.Equal([HttpMethod.Get, HttpMethod.Post], _host.Requests.Select(r => r.Method));
        Assert.Equal("consent-token", info.AccessToken.Value);
    }

    [Fact]
    public async Task The_consent_client_works_on_its_own_before_any_token_exists()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, DhanTestHost.Auth + "app/generate-consent*").Respond("application/json", """{"consentAppId":"c-1","status":"success"}""");
        using var http = new HttpClient(mock);
        var consent = new DhanConsentClient(http);

        var result = await consent.GenerateConsentAsync(DhanTestHost.ClientId, Credentials);

        Assert.Equal("c-1", result.ConsentAppId);
    }

    public void Dispose() => _host.Dispose();
}
