using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Broker.Errors;
using Broker.Groww.Tests.Infrastructure;
using Broker.Security;

namespace Broker.Groww.Tests.Authentication;

public sealed class AuthenticationFlowTests
{
    private static readonly TimeSpan Ist = TimeSpan.FromHours(5.5);
    public const string ApiKey = "api-key-VALUE-0123456789";
    public const string ApiSecret = "api-secret-VALUE-9876543210";
    public const string TotpToken = "totp-token-VALUE-55555";
    public const string TotpSecret = "JBSWY3DPEHPK3PXPJBSWY3DP";
    public const string MintedToken = "minted-token-VALUE-AAA111";
    public const string SecondToken = "minted-token-VALUE-BBB222";

    private static GrowwFixture Approval(Action<GrowwClientOptions>? more = null) => GrowwFixture.Create(o =>
    {
        o.Credentials.AccessToken = null;
        o.Credentials.ApiKey = ApiKey;
        o.Credentials.ApiSecret = ApiSecret;
        more?.Invoke(o);
    });

    private static GrowwFixture TotpFlow() => GrowwFixture.Create(o =>
    {
        o.Credentials.AccessToken = null;
        o.Credentials.TotpToken = TotpToken;
        o.Credentials.TotpSecret = TotpSecret;
    });

    private static void ExpectMint(GrowwFixture groww, string token, string? expiry) =>
        groww.Expect(HttpMethod.Post, "/v1/token/api/access", expiry is null
            ? $$"""{"token":"{{token}}","tokenRefId":"ref-1","sessionName":"sdk","isActive":true}"""
            : $$"""{"token":"{{token}}","tokenRefId":"ref-1","sessionName":"sdk","expiry":"{{expiry}}","isActive":true}""");

    private static void ExpectHoldings(GrowwFixture groww, HttpStatusCode status = HttpStatusCode.OK) =>
        groww.Expect(HttpMethod.Get, "/v1/holdings/user", status == HttpStatusCode.OK ? """{"status":"SUCCESS","payload":{"holdings":[]}}""" : "", status);

    [Fact]
    public async Task Approval_flow_mints_with_the_sha256_checksum_of_secret_and_epoch_seconds_then_uses_the_token()
    {
        using var groww = Approval();
        ExpectMint(groww, MintedToken, "2026-11-24T06:00:00");
        ExpectHoldings(groww);

        await groww.Client.Portfolio.GetHoldingsAsync();

        var mint = groww.Requests[0];
        Assert.Equal(HttpMethod.Post, mint.Method);
        Assert.Equal("/v1/token/api/access", mint.PathAndQuery);
        Assert.Equal($"Bearer {ApiKey}", mint.Header("Authorization"));
        Assert.Equal("1.0", mint.Header("X-API-VERSION"));
        Assert.True(Guid.TryParse(mint.Header("x-request-id"), out _));
        var timestamp = groww.Time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var expectedChecksum = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ApiSecret + timestamp))).ToLowerInvariant();
        mint.AssertJsonBody($$"""{"key_type":"approval","checksum":"{{expectedChecksum}}","timestamp":"{{timestamp}}"}""");
        groww.Requests[1].AssertStandardHeaders(MintedToken);
    }

    [Fact]
    public async Task Approval_timestamp_can_be_sent_as_a_number()
    {
        using var groww = Approval(o => o.SendApprovalTimestampAsNumber = true);
        ExpectMint(groww, MintedToken, null);
        ExpectHoldings(groww);

        await groww.Client.Portfolio.GetHoldingsAsync();

        var body = JsonNode.Parse(groww.Requests[0].Body!)!;
        Assert.Equal(groww.Time.GetUtcNow().ToUnixTimeSeconds(), body["timestamp"]!.GetValue<long>());
    }

    [Fact]
    public async Task Totp_flow_mints_with_the_current_code_of_the_totp_secret()
    {
        using var groww = TotpFlow();
        ExpectMint(groww, MintedToken, "2026-11-24T06:00:00");
        ExpectHoldings(groww);

        await groww.Client.Portfolio.GetHoldingsAsync();

        var expectedCode = Totp.FromBase32(TotpSecret).GetCode(groww.Time.GetUtcNow());
        Assert.Equal($"Bearer {TotpToken}", groww.Requests[0].Header("Authorization"));
        groww.Requests[0].AssertJsonBody($$"""{"key_type":"totp","totp":"{{expectedCode}}"}""");
        groww.Requests[1].AssertStandardHeaders(MintedToken);
    }

    [Fact]
    public async Task A_minted_token_is_reused_until_it_nears_expiry()
    {
        using var groww = TotpFlow();
        ExpectMint(groww, MintedToken, "2026-11-23T10:00:00");
        ExpectHoldings(groww);
        ExpectHoldings(groww);
        ExpectMint(groww, SecondToken, "2026-11-24T06:00:00");
        ExpectHoldings(groww);

        await groww.Client.Portfolio.GetHoldingsAsync();
        groww.Time.SetUtcNow(new DateTimeOffset(2026, 11, 23, 9, 54, 0, Ist).ToUniversalTime());
        await groww.Client.Portfolio.GetHoldingsAsync();
        groww.Time.SetUtcNow(new DateTimeOffset(2026, 11, 23, 9, 56, 0, Ist).ToUniversalTime());

        // Inside the renewal margin the replacement is minted in the background; the next call uses it.
        var tokens = groww.Tokens;
        var due = await tokens.GetTokenAsync();
        await (tokens.RenewalInProgress ?? Task.CompletedTask);
        await groww.Client.Portfolio.GetHoldingsAsync();

        Assert.Equal(MintedToken, due.Value);
        Assert.Equal(["/v1/token/api/access", "/v1/holdings/user", "/v1/holdings/user", "/v1/token/api/access", "/v1/holdings/user"], groww.Requests.Select(r => r.PathAndQuery));
        groww.Requests[2].AssertStandardHeaders(MintedToken);
        groww.Requests[4].AssertStandardHeaders(SecondToken);
    }

    [Fact]
    public async Task Without_an_expiry_a_minted_token_is_renewed_before_the_next_0600_ist()
    {
        using var groww = Approval();
        ExpectMint(groww, MintedToken, null);
        ExpectHoldings(groww);
        ExpectHoldings(groww);
        ExpectMint(groww, SecondToken, null);
        ExpectHoldings(groww);

        await groww.Client.Portfolio.GetHoldingsAsync();
        groww.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 5, 54, 0, Ist).ToUniversalTime());
        await groww.Client.Portfolio.GetHoldingsAsync();
        groww.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 5, 56, 0, Ist).ToUniversalTime());
        _ = await groww.Tokens.GetTokenAsync();
        await (groww.Tokens.RenewalInProgress ?? Task.CompletedTask);
        await groww.Client.Portfolio.GetHoldingsAsync();

        groww.Requests[2].AssertStandardHeaders(MintedToken);
        Assert.Equal("/v1/token/api/access", groww.Requests[3].PathAndQuery);
        groww.Requests[4].AssertStandardHeaders(SecondToken);
    }

    [Fact]
    public async Task A_401_renews_the_minted_token_once_and_resends()
    {
        using var groww = Approval();
        ExpectMint(groww, MintedToken, "2026-11-24T06:00:00");
        ExpectHoldings(groww, HttpStatusCode.Unauthorized);
        ExpectMint(groww, SecondToken, "2026-11-24T06:00:00");
        ExpectHoldings(groww);

        var holdings = await groww.Client.Portfolio.GetHoldingsAsync();

        Assert.Empty(holdings);
        Assert.Equal(4, groww.Requests.Count);
        groww.Requests[1].AssertStandardHeaders(MintedToken);
        groww.Requests[3].AssertStandardHeaders(SecondToken);
    }

    [Fact]
    public async Task A_second_totp_mint_within_one_step_sends_the_next_steps_code_not_the_spent_one()
    {
        using var groww = TotpFlow();
        ExpectMint(groww, MintedToken, "2026-11-24T06:00:00");
        ExpectMint(groww, SecondToken, "2026-11-24T06:00:00");
        var first = await groww.Tokens.GetTokenAsync();
        var mintedAt = groww.Time.GetUtcNow();

        // The broker refused the token at once: the replacement must not spend the same code again.
        var renewal = Task.Run(() => groww.Tokens.RenewAsync(first));
        for (var i = 0; i < 120 && !renewal.IsCompleted; i++)
        {
            Assert.True(groww.Requests.Count == 1 || groww.Time.GetUtcNow() >= mintedAt + Totp.Step, "a second mint was sent within the first code's step");
            groww.Time.Advance(TimeSpan.FromSeconds(1));
            SpinWait.SpinUntil(() => renewal.IsCompleted, TimeSpan.FromMilliseconds(20));
        }

        var second = await renewal;
        var totp = Totp.FromBase32(TotpSecret);
        var firstCode = JsonNode.Parse(groww.Requests[0].Body!)!["totp"]!.GetValue<string>();
        var secondCode = JsonNode.Parse(groww.Requests[1].Body!)!["totp"]!.GetValue<string>();
        Assert.Equal(SecondToken, second.Value);
        Assert.Equal(totp.GetCode(mintedAt), firstCode);
        Assert.NotEqual(firstCode, secondCode);
        Assert.Equal(totp.GetCode(DateTimeOffset.FromUnixTimeSeconds(((mintedAt.ToUnixTimeSeconds() / 30) + 1) * 30)), secondCode);
    }

    [Fact]
    public async Task A_refused_mint_reports_groww_display_message_and_what_to_check()
    {
        using var groww = Approval();
        groww.Expect(HttpMethod.Post, "/v1/token/api/access", """{"error":{"displayMessage":"Invalid checksum or key not approved"}}""", HttpStatusCode.BadRequest);

        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => groww.Client.Portfolio.GetHoldingsAsync());

        Assert.Contains("Invalid checksum or key not approved", ex.Message, StringComparison.Ordinal);
        Assert.Contains("approve the API key", ex.Message, StringComparison.Ordinal);
        Assert.Equal("approval", ex.Flow);
        Assert.True(ex.RequiresHumanAction);
        Assert.Single(groww.Requests);
    }

    [Fact]
    public async Task Token_mints_count_against_their_own_rate_limit_category()
    {
        using var groww = Approval(o =>
        {
            o.RateLimits.Authentication = "1/min";
            o.RateLimitBehavior = Broker.RateLimiting.RateLimitBehavior.Fail;
        });
        ExpectMint(groww, MintedToken, "2026-11-24T06:00:00");
        ExpectHoldings(groww, HttpStatusCode.Unauthorized);

        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => groww.Client.Portfolio.GetHoldingsAsync());

        Assert.IsType<BrokerRateLimitException>(FindRateLimit(ex));
        Assert.Equal(2, groww.Requests.Count);
    }

    [Fact]
    public async Task A_pasted_access_token_is_sent_as_bearer_and_fails_clearly_once_expired_at_0600_ist()
    {
        using var groww = GrowwFixture.Create();
        ExpectHoldings(groww);
        await groww.Client.Portfolio.GetHoldingsAsync();
        groww.Requests[0].AssertStandardHeaders(GrowwFixture.AccessToken);

        groww.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 6, 0, 1, Ist).ToUniversalTime());
        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => groww.Client.Portfolio.GetHoldingsAsync());

        Assert.Contains("Groww website", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.RequiresHumanAction);
        Assert.Equal("access-token", ex.Flow);
        Assert.Single(groww.Requests);
    }

    [Fact]
    public async Task A_pasted_access_token_rejected_with_401_fails_without_looping()
    {
        using var groww = GrowwFixture.Create();
        ExpectHoldings(groww, HttpStatusCode.Unauthorized);

        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => groww.Client.Portfolio.GetHoldingsAsync());

        Assert.Contains("generate a new access token", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Single(groww.Requests);
    }

    [Fact]
    public async Task A_pasted_access_token_with_a_known_expiry_in_the_past_is_refused_before_sending()
    {
        using var groww = GrowwFixture.Create(o => o.Credentials.AccessTokenExpiresAt = new DateTimeOffset(2026, 11, 23, 6, 0, 0, Ist));

        await Assert.ThrowsAsync<BrokerAuthenticationException>(() => groww.Client.Portfolio.GetHoldingsAsync());

        Assert.Empty(groww.Requests);
    }

    private static Exception FindRateLimit(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e is BrokerRateLimitException)
            {
                return e;
            }
        }

        return ex;
    }
}
