using System.Net;
using Broker.Dhan.Authentication;
using Broker.Dhan.Tests.TestSupport;
using Broker.Errors;
using RichardSzalay.MockHttp;

namespace Broker.Dhan.Tests.Authentication;

/// <summary>The partner consent flow (spec §4.5): generate consent, the browser login URL, consume consent.</summary>
public sealed class PartnerConsentFlowTests : IDisposable
{
    private const string PartnerId = "partner-id-5521";
    private const string PartnerSecret = "partner-secret-Kp93vQ";
    private const string GenerateUrl = DhanTestHost.Auth + "partner/generate-consent";
    private const string ConsumeUrl = DhanTestHost.Auth + "partner/consume-consent";
    private const string DocumentedConsent = """{"consentId":"ab5aaab6-38cb-41fc-a074-c816e2f9a3e0","consentStatus":"GENERATED"}""";
    private const string DocumentedToken = """
        {"dhanClientId":"1000000001","dhanClientName":"JOHN DOE","dhanClientUcc":"CEFE4265","givenPowerOfAttorney":true,
         "accessToken":"partner-consent-token","expiryTime":"2025-09-23T12:37:23"}
        """;

    private static readonly DhanPartnerCredentials Credentials = new(PartnerId, PartnerSecret);
    private readonly DhanTestHost _host = new();

    [Fact]
    public async Task GenerateConsent_posts_to_the_partner_path_with_partner_headers_and_no_access_token()
    {
        _host.Respond(HttpMethod.Post, GenerateUrl, DocumentedConsent);

        await _host.Client.PartnerConsent.GenerateConsentAsync(Credentials);

        var request = _host.Single;
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(GenerateUrl, request.Uri.ToString());
        Assert.Equal(PartnerId, request.Header("partner_id"));
        Assert.Equal(PartnerSecret, request.Header("partner_secret"));
        Assert.Null(request.Header("access-token"));
        Assert.Equal(string.Empty, request.Body);
    }

    [Fact]
    public async Task GenerateConsent_reads_the_documented_answer()
    {
        _host.Respond(HttpMethod.Post, GenerateUrl, DocumentedConsent);

        var consent = await _host.Client.PartnerConsent.GenerateConsentAsync(Credentials);

        Assert.Equal(new DhanPartnerConsent { ConsentId = "ab5aaab6-38cb-41fc-a074-c816e2f9a3e0", ConsentStatus = "GENERATED" }, consent);
    }

    [Fact]
    public async Task GenerateConsent_is_sent_as_get_when_the_options_say_so()
    {
        using var host = new DhanTestHost(o => o.PartnerConsent.GenerateConsentMethod = DhanConsentHttpMethod.Get);
        host.Respond(HttpMethod.Get, GenerateUrl, DocumentedConsent);

        await host.Client.PartnerConsent.GenerateConsentAsync(Credentials);

        Assert.Equal(HttpMethod.Get, host.Single.Method);
    }

    [Fact]
    public async Task GenerateConsent_is_sent_again_as_get_when_dhan_answers_405()
    {
        _host.Respond(HttpMethod.Post, GenerateUrl, null, HttpStatusCode.MethodNotAllowed);
        _host.Respond(HttpMethod.Get, GenerateUrl, DocumentedConsent);

        var consent = await _host.Client.PartnerConsent.GenerateConsentAsync(Credentials);

        Assert.Equal([HttpMethod.Post, HttpMethod.Get], _host.Requests.Select(r => r.Method));
        Assert.Equal("ab5aaab6-38cb-41fc-a074-c816e2f9a3e0", consent.ConsentId);
    }

    [Fact]
    public async Task GenerateConsent_without_a_consent_id_is_an_authentication_error_needing_a_person()
    {
        _host.Respond(HttpMethod.Post, GenerateUrl, """{"consentStatus":"FAILED"}""");

        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => _host.Client.PartnerConsent.GenerateConsentAsync(Credentials));

        Assert.Equal("partner consent", ex.Flow);
        Assert.Equal("auth.partner-generate-consent", ex.Endpoint);
        Assert.True(ex.RequiresHumanAction);
    }

    [Fact]
    public async Task GenerateConsent_answered_200_with_an_error_body_is_a_broker_error_from_the_shared_classifier()
    {
        _host.Respond(HttpMethod.Post, GenerateUrl, """{"status":"error","message":"Invalid partner"}""");

        var ex = await Assert.ThrowsAnyAsync<BrokerApiException>(() => _host.Client.PartnerConsent.GenerateConsentAsync(Credentials));

        Assert.Equal("auth.partner-generate-consent", ex.Endpoint);
        Assert.Equal("Invalid partner", ex.BrokerMessage);
    }

    [Fact]
    public async Task GenerateConsent_refused_with_401_is_an_authentication_error()
    {
        _host.Respond(HttpMethod.Post, GenerateUrl, """{"status":"error","message":"Invalid partner_id or partner_secret"}""", HttpStatusCode.Unauthorized);

        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => _host.Client.PartnerConsent.GenerateConsentAsync(Credentials));

        Assert.Equal(401, ex.StatusCode);
        Assert.Equal("auth.partner-generate-consent", ex.Endpoint);
    }

    [Fact]
    public async Task GenerateConsent_rate_limited_is_a_rate_limit_error()
    {
        _host.Respond(HttpMethod.Post, GenerateUrl, """{"status":"error","message":"Too many requests"}""", HttpStatusCode.TooManyRequests);

        await Assert.ThrowsAsync<BrokerRateLimitException>(() => _host.Client.PartnerConsent.GenerateConsentAsync(Credentials));
    }

    [Fact]
    public void BuildLoginUri_points_at_the_partner_consent_login_page()
    {
        var uri = _host.Client.PartnerConsent.BuildLoginUri("ab5aaab6-38cb-41fc-a074-c816e2f9a3e0");

        Assert.Equal("https://auth.dhan.co/consent-login?consentId=ab5aaab6-38cb-41fc-a074-c816e2f9a3e0", uri.ToString());
    }

    [Fact]
    public void BuildLoginUri_uses_the_configured_auth_host()
    {
        using var host = new DhanTestHost(o => o.Environment = new DhanEnvironment("Local", new Uri("https://api.local.test/v2/"), new Uri("https://auth.local.test/dhan")));

        var uri = host.Client.PartnerConsent.BuildLoginUri("c-1");

        Assert.Equal("https://auth.local.test/dhan/consent-login?consentId=c-1", uri.ToString());
    }

    [Fact]
    public void BuildLoginUri_escapes_the_consent_id()
    {
        var uri = _host.Client.PartnerConsent.BuildLoginUri("a&b=c");

        Assert.Equal("https://auth.dhan.co/consent-login?consentId=a%26b%3Dc", uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void BuildLoginUri_refuses_a_blank_consent_id(string consentId)
    {
        var ex = Assert.Throws<BrokerValidationException>(() => _host.Client.PartnerConsent.BuildLoginUri(consentId));

        Assert.Equal("ConsentId", ex.ParameterName);
    }

    [Fact]
    public async Task ConsumeConsent_gets_the_token_id_with_partner_headers()
    {
        _host.Respond(HttpMethod.Get, ConsumeUrl + "*", DocumentedToken);

        await _host.Client.PartnerConsent.ConsumeConsentAsync(Credentials, "token-id-1");

        var request = _host.Single;
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal(ConsumeUrl + "?tokenId=token-id-1", request.Uri.ToString());
        Assert.Equal(PartnerId, request.Header("partner_id"));
        Assert.Equal(PartnerSecret, request.Header("partner_secret"));
        Assert.Null(request.Header("access-token"));
    }

    [Fact]
    public async Task ConsumeConsent_reads_the_documented_answer_into_the_same_token_result_as_the_api_key_flow()
    {
        _host.Respond(HttpMethod.Get, ConsumeUrl + "*", DocumentedToken);

        var info = await _host.Client.PartnerConsent.ConsumeConsentAsync(Credentials, "token-id-1");

        Assert.Equal("partner-consent-token", info.AccessToken.Value);
        Assert.Equal(new DateTimeOffset(2025, 9, 23, 12, 37, 23, TimeSpan.FromHours(5.5)), info.AccessToken.ExpiresAt);
        Assert.Equal("1000000001", info.ClientId);
        Assert.Equal("JOHN DOE", info.ClientName);
        Assert.Equal("CEFE4265", info.ClientUcc);
        Assert.True(info.GivenPowerOfAttorney);
    }

    [Fact]
    public async Task ConsumeConsent_is_sent_as_post_when_the_options_say_so()
    {
        using var host = new DhanTestHost(o => o.PartnerConsent.ConsumeConsentMethod = DhanConsentHttpMethod.Post);
        host.Respond(HttpMethod.Post, ConsumeUrl + "*", DocumentedToken);

        await host.Client.PartnerConsent.ConsumeConsentAsync(Credentials, "token-id-1");

        Assert.Equal(HttpMethod.Post, host.Single.Method);
        Assert.Equal(ConsumeUrl + "?tokenId=token-id-1", host.Single.Uri.ToString());
    }

    [Fact]
    public async Task ConsumeConsent_is_sent_again_as_post_when_dhan_answers_405()
    {
        _host.Respond(HttpMethod.Get, ConsumeUrl + "*", null, HttpStatusCode.MethodNotAllowed);
        _host.Respond(HttpMethod.Post, ConsumeUrl + "*", DocumentedToken);

        var info = await _host.Client.PartnerConsent.ConsumeConsentAsync(Credentials, "token-id-1");

        Assert.Equal([HttpMethod.Get, HttpMethod.Post], _host.Requests.Select(r => r.Method));
        Assert.Equal("partner-consent-token", info.AccessToken.Value);
    }

    [Fact]
    public async Task ConsumeConsent_is_not_sent_again_on_405_when_the_options_turn_that_off()
    {
        using var host = new DhanTestHost(o => o.PartnerConsent.RetryWithOtherMethodOn405 = false);
        host.Respond(HttpMethod.Get, ConsumeUrl + "*", null, HttpStatusCode.MethodNotAllowed);

        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => host.Client.PartnerConsent.ConsumeConsentAsync(Credentials, "token-id-1"));

        Assert.Equal(405, ex.StatusCode);
        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task ConsumeConsent_of_a_refused_token_id_is_an_authentication_error_needing_a_person()
    {
        _host.Respond(HttpMethod.Get, ConsumeUrl + "*", """{"status":"error","message":"Invalid tokenId"}""", HttpStatusCode.BadRequest);

        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => _host.Client.PartnerConsent.ConsumeConsentAsync(Credentials, "token-id-1"));

        Assert.Equal("partner consent", ex.Flow);
        Assert.Equal("auth.partner-consume-consent", ex.Endpoint);
        Assert.Equal(400, ex.StatusCode);
        Assert.True(ex.RequiresHumanAction);
    }

    [Fact]
    public async Task ConsumeConsent_answered_without_a_token_is_an_authentication_error()
    {
        _host.Respond(HttpMethod.Get, ConsumeUrl + "*", """{"status":"error","message":"Consent expired"}""");

        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => _host.Client.PartnerConsent.ConsumeConsentAsync(Credentials, "token-id-1"));

        Assert.Equal("auth.partner-consume-consent", ex.Endpoint);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task ConsumeConsent_refuses_a_blank_token_id_before_sending(string tokenId)
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => _host.Client.PartnerConsent.ConsumeConsentAsync(Credentials, tokenId));

        Assert.Equal("TokenId", ex.ParameterName);
        Assert.StartsWith("Dhan: ", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_host.Requests);
    }

    [Theory]
    [InlineData("partner-id\r\nX-Injected: 1", "secret", "PartnerId")]
    [InlineData("partner-id\n", "secret", "PartnerId")]
    [InlineData("partner-id", "secret\r", "PartnerSecret")]
    [InlineData("", "secret", "PartnerId")]
    [InlineData("partner-id", " ", "PartnerSecret")]
    public void Partner_credentials_that_cannot_be_sent_as_headers_are_refused(string partnerId, string partnerSecret, string field)
    {
        var ex = Assert.Throws<BrokerValidationException>(() => new DhanPartnerCredentials(partnerId, partnerSecret));

        Assert.Equal(field, ex.ParameterName);
        Assert.StartsWith("Dhan: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_partner_secret_is_not_repeated_in_the_message()
    {
        var ex = Assert.Throws<BrokerValidationException>(() => new DhanPartnerCredentials(PartnerId, "Kp93vQ-secret\r\n"));

        Assert.DoesNotContain("Kp93vQ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Partner_credentials_print_neither_id_nor_secret()
    {
        var text = Credentials.ToString();

        Assert.DoesNotContain(PartnerId, text, StringComparison.Ordinal);
        Assert.DoesNotContain(PartnerSecret, text, StringComparison.Ordinal);
        Assert.StartsWith("DhanPartnerCredentials(", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_partner_consent_client_works_on_its_own_before_any_token_exists()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, GenerateUrl).WithHeaders("partner_id", PartnerId).Respond("application/json", DocumentedConsent);
        using var http = new HttpClient(mock);
        var client = new DhanPartnerConsentClient(http);

        var consent = await client.GenerateConsentAsync(Credentials);

        Assert.Equal("ab5aaab6-38cb-41fc-a074-c816e2f9a3e0", consent.ConsentId);
    }

    [Fact]
    public async Task The_standalone_client_takes_its_methods_from_the_options_given()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, ConsumeUrl + "*").Respond("application/json", DocumentedToken);
        using var http = new HttpClient(mock);
        var client = new DhanPartnerConsentClient(http, options: new DhanPartnerConsentOptions { ConsumeConsentMethod = DhanConsentHttpMethod.Post, RetryWithOtherMethodOn405 = false });

        var info = await client.ConsumeConsentAsync(Credentials, "token-id-1");

        Assert.Equal("partner-consent-token", info.AccessToken.Value);
    }

    public void Dispose() => _host.Dispose();
}
