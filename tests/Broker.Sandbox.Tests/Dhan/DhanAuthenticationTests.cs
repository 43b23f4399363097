using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Broker.Sandbox.Tests.Support;
using static Broker.Sandbox.Tests.Support.SandboxTestContext;

namespace Broker.Sandbox.Tests.Dhan;

public sealed class DhanAuthenticationTests
{
    private const string Dh901 =
        """{"errorType":"Invalid_Authentication","errorCode":"DH-901","errorMessage":"Client ID or user generated access token is invalid or expired."}""";

    [Fact]
    public async Task GenerateAccessToken_with_pin_and_totp_returns_the_documented_token_object()
    {
        await using var t = await StartAsync();

        using var response = await t.DhanGenerateTokenAsync(DhanClientId, DhanPin, t.DhanTotp());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadAsync();
        Assert.Equal(["dhanClientId", "dhanClientName", "dhanClientUcc", "givenPowerOfAttorney", "accessToken", "expiryTime"], body.Keys());
        Assert.Equal(DhanClientId, body.Str("dhanClientId"));
        // Fake clock 2026-11-23 09:15 IST + 24 h, written as IST without offset.
        Assert.Equal("2026-11-24T09:15:00.000", body.Str("expiryTime"));
        Assert.Equal(1, t.Sandbox.Dhan.Account(DhanClientId).TokensMinted);
    }

    [Fact]
    public async Task A_generated_token_is_a_jwt_whose_exp_claim_is_the_expiry()
    {
        await using var t = await StartAsync();
        using var response = await t.DhanGenerateTokenAsync(DhanClientId, DhanPin, t.DhanTotp());
        var token = (await response.ReadAsync()).Str("accessToken");

        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        var claims = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)))!;

        Assert.Equal(t.ServerTime.GetUtcNow().AddHours(24).ToUnixTimeSeconds(), claims.Long("exp"));
        Assert.Equal(DhanClientId, claims.Str("dhanClientId"));
        Assert.Equal("APP", claims.Str("tokenConsumerType"));
    }

    [Fact]
    public async Task A_generated_token_works_and_supersedes_the_previous_one_with_DH906_invalid_token()
    {
        await using var t = await StartAsync();
        using var mint = await t.DhanGenerateTokenAsync(DhanClientId, DhanPin, t.DhanTotp());
        var token = (await mint.ReadAsync()).Str("accessToken");

        using var fresh = await t.DhanAsync(HttpMethod.Get, "profile", token: token);
        using var old = await t.DhanAsync(HttpMethod.Get, "profile");

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
        Assert.Equal("""{"errorType":"Order_Error","errorCode":"DH-906","errorMessage":"Invalid Token"}""", await old.TextAsync());
        Assert.Equal(token, t.Sandbox.Dhan.Account(DhanClientId).ActiveAccessToken);
    }

    [Fact]
    public async Task GenerateAccessToken_with_a_wrong_pin_is_refused_and_mints_nothing()
    {
        await using var t = await StartAsync();

        using var response = await t.DhanGenerateTokenAsync(DhanClientId, "000000", t.DhanTotp());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("""{"status":"error","message":"Invalid Pin"}""", await response.TextAsync());
        Assert.Equal(0, t.Sandbox.Dhan.Account(DhanClientId).TokensMinted);
    }

    [Fact]
    public async Task GenerateAccessToken_with_a_wrong_totp_is_refused()
    {
        await using var t = await StartAsync();

        using var response = await t.DhanGenerateTokenAsync(DhanClientId, DhanPin, t.DhanTotp(3));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("""{"status":"error","message":"Invalid TOTP"}""", await response.TextAsync());
    }

    [Fact]
    public async Task GenerateAccessToken_for_an_unknown_client_is_refused()
    {
        await using var t = await StartAsync();

        using var response = await t.DhanGenerateTokenAsync("9999999999", DhanPin, t.DhanTotp());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("error", (await response.ReadAsync()).Str("status"));
    }

    [Fact]
    public async Task The_auth_error_status_is_configurable_to_the_reported_http_200()
    {
        await using var t = await StartAsync(o => o.Dhan.AuthErrorStatusCode = 200);

        using var response = await t.DhanGenerateTokenAsync(DhanClientId, "000000", t.DhanTotp());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null((await response.ReadAsync())["accessToken"]);
    }

    [Fact]
    public async Task RenewToken_returns_a_new_token_and_the_old_one_stops_working()
    {
        await using var t = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(t.Sandbox.DhanApiBaseUri, "RenewToken"));
        request.Headers.Add("access-token", DhanAccessToken);
        request.Headers.Add("dhanClientId", DhanClientId);

        using var response = await t.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var renewed = (await response.ReadAsync()).Str("accessToken");
        using var withNew = await t.DhanAsync(HttpMethod.Get, "fundlimit", token: renewed);
        using var withOld = await t.DhanAsync(HttpMethod.Get, "fundlimit");
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withOld.StatusCode);
    }

    [Fact]
    public async Task RenewToken_without_the_dhanClientId_header_is_refused_with_DH905()
    {
        await using var t = await StartAsync();

        using var response = await t.DhanAsync(HttpMethod.Get, "RenewToken");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("DH-905", (await response.ReadAsync()).Str("errorCode"));
    }

    [Fact]
    public async Task RenewToken_by_POST_is_refused_with_DH905_as_reported()
    {
        await using var t = await StartAsync();

        using var response = await t.DhanAsync(HttpMethod.Post, "RenewToken");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            """{"errorType":"Input_Exception","errorCode":"DH-905","errorMessage":"Missing required fields, bad values for parameters etc."}""",
            await response.TextAsync());
    }

    [Fact]
    public async Task RenewToken_with_an_expired_token_gets_DH901()
    {
        await using var t = await StartAsync();
        t.Sandbox.Clock.Advance(TimeSpan.FromHours(24));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(t.Sandbox.DhanApiBaseUri, "RenewToken"));
        request.Headers.Add("access-token", DhanAccessToken);
        request.Headers.Add("dhanClientId", DhanClientId);

        using var response = await t.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(Dh901, await response.TextAsync());
    }

    [Fact]
    public async Task An_expired_token_on_the_server_clock_gets_401_with_the_real_DH901_body()
    {
        await using var t = await StartAsync();
        using var before = await t.DhanAsync(HttpMethod.Get, "profile");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        t.Sandbox.Clock.Advance(TimeSpan.FromHours(24));

        using var after = await t.DhanAsync(HttpMethod.Get, "profile");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(Dh901, await after.TextAsync());
    }

    [Fact]
    public async Task A_missing_access_token_header_gets_DH901()
    {
        await using var t = await StartAsync();

        using var response = await t.DhanAsync(HttpMethod.Get, "orders", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(Dh901, await response.TextAsync());
    }

    [Fact]
    public async Task Market_quote_without_the_client_id_header_gets_the_808_data_error()
    {
        await using var t = await StartAsync();

        using var response = await t.DhanAsync(HttpMethod.Post, "marketfeed/ltp", new Dictionary<string, long[]> { ["NSE_EQ"] = [2885] }, clientId: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"data":{"808":"Authentication Failed - Client ID or Token invalid"},"status":"failed"}""", await response.TextAsync());
    }

    [Fact]
    public async Task Market_quote_with_an_expired_token_gets_the_807_data_error()
    {
        await using var t = await StartAsync();
        t.Sandbox.Clock.Advance(TimeSpan.FromDays(2));

        using var response = await t.DhanAsync(HttpMethod.Post, "marketfeed/ltp", new Dictionary<string, long[]> { ["NSE_EQ"] = [2885] });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("807", (await response.ReadAsync())["data"]!.Keys().Single());
    }

    [Fact]
    public async Task Profile_reports_the_token_validity_in_ist()
    {
        await using var t = await StartAsync();

        using var response = await t.DhanAsync(HttpMethod.Get, "profile");

        var body = await response.ReadAsync();
        Assert.Equal(DhanClientId, body.Str("dhanClientId"));
        Assert.Equal("24/11/2026 09:15", body.Str("tokenValidity"));
    }

    [Fact]
    public async Task Consent_flow_generates_a_consent_redirects_with_a_token_id_and_consumes_it_for_a_token()
    {
        await using var t = await StartAsync();
        using var generate = new HttpRequestMessage(HttpMethod.Post, new Uri(t.Sandbox.DhanAuthBaseUri, $"app/generate-consent?client_id={DhanClientId}"));
        generate.Headers.Add("app_id", DhanAppId);
        generate.Headers.Add("app_secret", DhanAppSecret);
        using var consent = await t.Http.SendAsync(generate);
        var consentBody = await consent.ReadAsync();
        Assert.Equal("GENERATED", consentBody.Str("consentAppStatus"));
        Assert.Equal("success", consentBody.Str("status"));

        using var login = await t.Http.GetAsync(new Uri(t.Sandbox.DhanAuthBaseUri, $"login/consentApp-login?consentAppId={consentBody.Str("consentAppId")}"));
        Assert.Equal(HttpStatusCode.Found, login.StatusCode);
        var tokenId = login.Headers.Location!.Query.Split("tokenId=")[1];

        using var consume = new HttpRequestMessage(HttpMethod.Get, new Uri(t.Sandbox.DhanAuthBaseUri, $"app/consumeApp-consent?tokenId={tokenId}"));
        consume.Headers.Add("app_id", DhanAppId);
        consume.Headers.Add("app_secret", DhanAppSecret);
        using var tokenResponse = await t.Http.SendAsync(consume);

        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        var token = (await tokenResponse.ReadAsync()).Str("accessToken");
        using var profile = await t.DhanAsync(HttpMethod.Get, "profile", token: token);
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
    }

    [Fact]
    public async Task Generate_consent_with_a_wrong_app_secret_is_refused()
    {
        await using var t = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(t.Sandbox.DhanAuthBaseUri, $"app/generate-consent?client_id={DhanClientId}"));
        request.Headers.Add("app_id", DhanAppId);
        request.Headers.Add("app_secret", "wrong");

        using var response = await t.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("error", (await response.ReadAsync()).Str("status"));
    }
}
