using System.Globalization;
using System.Net;
using Broker.Sandbox.Tests.Support;
using static Broker.Sandbox.Tests.Support.SandboxTestContext;

namespace Broker.Sandbox.Tests.Groww;

public sealed class GrowwAuthenticationTests
{
    [Fact]
    public async Task Approval_flow_with_a_correct_checksum_mints_a_bare_token_object_expiring_at_the_next_0600_IST()
    {
        await using var t = await StartAsync();
        var timestamp = t.ServerTime.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        using var response = await t.GrowwMintAsync(GrowwApiKey, new { key_type = "approval", checksum = Checksum(GrowwApiSecret, timestamp), timestamp });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadAsync();
        Assert.Equal(["token", "tokenRefId", "sessionName", "expiry", "isActive"], body.Keys());
        Assert.StartsWith("eyJ", body.Str("token"), StringComparison.Ordinal);
        // Fake clock starts 2026-11-23 09:15 IST, so the token dies at 06:00 IST the next morning, written without offset.
        Assert.Equal("2026-11-24T06:00:00", body.Str("expiry"));
        Assert.True(body["isActive"]!.GetValue<bool>());
        Assert.Equal(1, t.Sandbox.Groww.Account(GrowwUcc).TokensMinted);
    }

    [Fact]
    public async Task Approval_flow_accepts_the_timestamp_as_a_json_number_like_the_python_sdk_sends()
    {
        await using var t = await StartAsync();
        var timestamp = t.ServerTime.GetUtcNow().ToUnixTimeSeconds();

        using var response = await t.GrowwMintAsync(GrowwApiKey, new
        {
            key_type = "approval",
            checksum = Checksum(GrowwApiSecret, timestamp.ToString(CultureInfo.InvariantCulture)),
            timestamp,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Minted_token_authenticates_api_calls()
    {
        await using var t = await StartAsync();
        var timestamp = t.ServerTime.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var mint = await t.GrowwMintAsync(GrowwApiKey, new { key_type = "approval", checksum = Checksum(GrowwApiSecret, timestamp), timestamp });
        var token = (await mint.ReadAsync()).Str("token");

        using var response = await t.GrowwAsync(HttpMethod.Get, "user/detail", token: token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadAsync();
        Assert.Equal("SUCCESS", body.Str("status"));
        Assert.Equal(GrowwUcc, body.Str("payload.ucc"));
    }

    [Fact]
    public async Task Approval_flow_with_a_wrong_checksum_is_refused_with_GA001_and_a_display_message()
    {
        await using var t = await StartAsync();
        var timestamp = t.ServerTime.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        using var response = await t.GrowwMintAsync(GrowwApiKey, new { key_type = "approval", checksum = Checksum("not-the-secret", timestamp), timestamp });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadAsync();
        Assert.Equal("FAILURE", body.Str("status"));
        Assert.Equal("GA001", body.Str("error.code"));
        Assert.Equal("Invalid checksum.", body.Str("error.displayMessage"));
        Assert.Equal(0, t.Sandbox.Groww.Account(GrowwUcc).TokensMinted);
    }

    [Fact]
    public async Task Approval_flow_with_a_timestamp_older_than_ten_minutes_is_refused_even_with_a_matching_checksum()
    {
        await using var t = await StartAsync();
        var stale = t.ServerTime.GetUtcNow().AddMinutes(-11).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        using var response = await t.GrowwMintAsync(GrowwApiKey, new { key_type = "approval", checksum = Checksum(GrowwApiSecret, stale), timestamp = stale });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("timestamp", (await response.ReadAsync()).Str("error.message"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Approval_flow_with_a_timestamp_nine_minutes_old_is_accepted()
    {
        await using var t = await StartAsync();
        var recent = t.ServerTime.GetUtcNow().AddMinutes(-9).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        using var response = await t.GrowwMintAsync(GrowwApiKey, new { key_type = "approval", checksum = Checksum(GrowwApiSecret, recent), timestamp = recent });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_mint_with_an_unknown_api_key_is_refused_with_401()
    {
        await using var t = await StartAsync();
        var timestamp = t.ServerTime.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        using var response = await t.GrowwMintAsync("someone-elses-key", new { key_type = "approval", checksum = Checksum(GrowwApiSecret, timestamp), timestamp });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("FAILURE", (await response.ReadAsync()).Str("status"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1)]
    public async Task Totp_flow_accepts_the_code_of_the_current_step_and_one_step_either_side(int stepOffset)
    {
        await using var t = await StartAsync();

        using var response = await t.GrowwMintAsync(GrowwTotpToken, new { key_type = "totp", totp = t.GrowwTotp(stepOffset) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("eyJ", (await response.ReadAsync()).Str("token"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Totp_flow_refuses_a_code_two_steps_away()
    {
        await using var t = await StartAsync();

        using var response = await t.GrowwMintAsync(GrowwTotpToken, new { key_type = "totp", totp = t.GrowwTotp(2) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Invalid TOTP.", (await response.ReadAsync()).Str("error.message"));
    }

    [Fact]
    public async Task Totp_flow_sent_with_the_approval_api_key_is_refused()
    {
        await using var t = await StartAsync();

        using var response = await t.GrowwMintAsync(GrowwApiKey, new { key_type = "totp", totp = t.GrowwTotp() });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_on_the_server_clock_gets_401_with_a_failure_envelope()
    {
        await using var t = await StartAsync();
        using var before = await t.GrowwAsync(HttpMethod.Get, "user/detail");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        t.Sandbox.Clock.Advance(TimeSpan.FromDays(1)); // past 06:00 IST

        using var after = await t.GrowwAsync(HttpMethod.Get, "user/detail");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(
            """{"status":"FAILURE","error":{"code":"GA005","message":"Authentication failed. Your access token is invalid or has expired.","metadata":null}}""",
            await after.TextAsync());
    }

    [Fact]
    public async Task A_revoked_token_gets_401()
    {
        await using var t = await StartAsync();
        t.Sandbox.Groww.Account(GrowwUcc).RevokeAccessTokens();

        using var response = await t.GrowwAsync(HttpMethod.Get, "user/detail");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_call_without_authorization_gets_401()
    {
        await using var t = await StartAsync();

        using var response = await t.GrowwAsync(HttpMethod.Get, "user/detail", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("GA005", (await response.ReadAsync()).Str("error.code"));
    }

    [Fact]
    public async Task A_token_without_the_bearer_scheme_gets_401()
    {
        await using var t = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(t.Sandbox.GrowwApiBaseUri, "user/detail"));
        request.Headers.TryAddWithoutValidation("Authorization", GrowwAccessToken);
        request.Headers.Add("X-API-VERSION", "1.0");

        using var response = await t.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_call_without_x_api_version_gets_GA001()
    {
        await using var t = await StartAsync();

        using var response = await t.GrowwAsync(HttpMethod.Get, "user/detail", apiVersion: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadAsync();
        Assert.Equal("GA001", body.Str("error.code"));
        Assert.Contains("X-API-VERSION", body.Str("error.message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_version_check_can_be_switched_off()
    {
        await using var t = await StartAsync(o => o.Groww.RequireApiVersionHeader = false);

        using var response = await t.GrowwAsync(HttpMethod.Get, "user/detail", apiVersion: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
