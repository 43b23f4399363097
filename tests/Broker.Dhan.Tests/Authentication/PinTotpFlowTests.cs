using System.Net;
using System.Web;
using Broker.Dhan.Tests.TestSupport;
using Broker.Errors;
using Broker.Security;

namespace Broker.Dhan.Tests.Authentication;

public sealed class PinTotpFlowTests : IDisposable
{
    private const string MintUrl = DhanTestHost.Auth + "app/generateAccessToken";
    private readonly DhanTestHost _host = new(o =>
    {
        o.AccessToken = null;
        o.Pin = Secrets.Pin;
        o.TotpSecret = Secrets.TotpSecret;
    });

    private string Minted(string expiryTime, string token) =>
        $$"""{"dhanClientId":"1000000001","dhanClientName":"JOHN DOE","dhanClientUcc":"ABCD12345E","givenPowerOfAttorney":false,"accessToken":"{{token}}","expiryTime":"{{expiryTime}}"}""";

    [Fact]
    public async Task First_call_mints_with_client_id_pin_and_current_totp_then_uses_the_token()
    {
        var code = Totp.FromBase32(Secrets.TotpSecret, _host.Time).GetCode();
        _host.Respond(HttpMethod.Post, MintUrl + "*", Minted("2026-11-24T09:15:00", "minted-token-A"));
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "profile", """{"dhanClientId":"1000000001"}""");

        await _host.Client.Profile.GetProfileAsync();

        Assert.Equal(2, _host.Requests.Count);
        var mint = _host.Requests[0];
        Assert.Equal(HttpMethod.Post, mint.Method);
        var query = HttpUtility.ParseQueryString(mint.Uri.Query);
        Assert.Equal(DhanTestHost.ClientId, query["dhanClientId"]);
        Assert.Equal(Secrets.Pin, query["pin"]);
        Assert.Equal(code, query["totp"]);
        Assert.Null(mint.Header("access-token"));
        Assert.Equal("minted-token-A", _host.Requests[1].Header("access-token"));
        Assert.Equal(DhanTestHost.ClientId, _host.Requests[1].Header("client-id"));
    }

    [Fact]
    public async Task Expiry_is_read_from_expiryTime_as_ist()
    {
        _host.Respond(HttpMethod.Post, MintUrl + "*", Minted("2026-11-24T09:15:00.000", "minted-token-A"));
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "profile", "{}");

        await _host.Client.Profile.GetProfileAsync();

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 15, 0, TimeSpan.FromHours(5.5)), _host.Client.Tokens.CurrentToken!.ExpiresAt);
    }

    [Fact]
    public async Task Expiry_falls_back_to_the_jwt_exp_claim()
    {
        var expiry = _host.Time.GetUtcNow().AddHours(24);
        var jwt = TestJwt.WithExpiry(expiry);
        _host.Respond(HttpMethod.Post, MintUrl + "*", $$"""{"accessToken":"{{jwt}}"}""");
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "profile", "{}");

        await _host.Client.Profile.GetProfileAsync();

        Assert.Equal(expiry.ToUnixTimeSeconds(), _host.Client.Tokens.CurrentToken!.ExpiresAt!.Value.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task The_token_is_cached_and_not_minted_per_request()
    {
        _host.Respond(HttpMethod.Post, MintUrl + "*", Minted("2026-11-24T09:15:00", "minted-token-A"));
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "profile", "{}");

        await _host.Client.Profile.GetProfileAsync();
        await _host.Client.Profile.GetProfileAsync();
        await _host.Client.Profile.GetProfileAsync();

        Assert.Equal(1, _host.Client.Tokens.MintCount);
        Assert.Single(_host.Requests, r => r.Uri.Host == "auth.dhan.co");
    }

    [Fact]
    public async Task The_token_is_renewed_before_it_expires()
    {
        _host.RespondInTurn(HttpMethod.Post, MintUrl + "*",
            (HttpStatusCode.OK, Minted("2026-11-24T09:15:00", "minted-token-A")),
            (HttpStatusCode.OK, Minted("2026-11-25T09:10:00", "minted-token-B")));
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "profile", "{}");
        await _host.Client.Profile.GetProfileAsync();

        _host.Time.Advance(TimeSpan.FromHours(23) + TimeSpan.FromMinutes(56)); // 09:11 IST next day: inside the 5-minute margin
        await _host.Client.Profile.GetProfileAsync();
        // The renewal runs in the background, so its mint may be recorded after this call: read the profile calls only.
        Assert.Equal("minted-token-A", LastProfileCall().Header("access-token"));
        await (_host.Client.Tokens.RenewalInProgress ?? Task.CompletedTask);
        await _host.Client.Profile.GetProfileAsync();

        Assert.Equal(2, _host.Client.Tokens.MintCount);
        Assert.Equal("minted-token-B", LastProfileCall().Header("access-token"));
    }

    [Fact]
    public async Task A_refused_pin_or_totp_raises_an_authentication_error_and_is_not_retried()
    {
        _host.Respond(HttpMethod.Post, MintUrl + "*", """{"status":"error","message":"Invalid TOTP"}""");

        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => _host.Client.Profile.GetProfileAsync());

        Assert.Equal("pin-totp", ex.Flow);
        Assert.True(ex.RequiresHumanAction);
        Assert.Contains("Invalid TOTP", ex.Message, StringComparison.Ordinal);
        Assert.Single(_host.Requests);
    }

    [Fact]
    public async Task A_200_without_a_token_is_an_authentication_error()
    {
        _host.Respond(HttpMethod.Post, MintUrl + "*", """{"dhanClientId":"1000000001"}""");

        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => _host.Client.Profile.GetProfileAsync());

        Assert.Equal("pin-totp", ex.Flow);
        Assert.DoesNotContain(_host.Requests, r => r.Uri.Host == "api.dhan.co");
    }

    [Fact]
    public async Task A_second_mint_in_the_same_totp_window_waits_for_a_fresh_code()
    {
        // No request timeout, so the only timer on the fake clock is the wait for the next TOTP window.
        using var host = new DhanTestHost(o =>
        {
            o.AccessToken = null;
            o.Pin = Secrets.Pin;
            o.TotpSecret = Secrets.TotpSecret;
            o.RequestTimeout = Timeout.InfiniteTimeSpan;
        });
        host.RespondInTurn(HttpMethod.Post, MintUrl + "*",
            (HttpStatusCode.OK, Minted("2026-11-24T09:15:00", "minted-token-A")),
            (HttpStatusCode.OK, Minted("2026-11-24T09:15:00", "minted-token-B")));
        host.RespondInTurn(HttpMethod.Get, DhanTestHost.Api + "profile",
            (HttpStatusCode.Unauthorized, """{"errorType":"Invalid_Authentication","errorCode":"DH-901","errorMessage":"Client ID or user generated access token is invalid or expired."}"""),
            (HttpStatusCode.OK, "{}"));

        var call = host.Client.Profile.GetProfileAsync();
        await WaitUntilAsync(() => host.Time.ActiveTimerCount == 1 || call.IsCompleted);
        Assert.False(call.IsCompleted);
        Assert.Single(host.Requests, r => r.Uri.Host == "auth.dhan.co");

        host.Time.Advance(TimeSpan.FromSeconds(31));
        await call.WaitAsync(TimeSpan.FromSeconds(10));

        var mints = host.Requests.Where(r => r.Uri.Host == "auth.dhan.co").Select(r => HttpUtility.ParseQueryString(r.Uri.Query)["totp"]).ToList();
        Assert.Equal(2, mints.Count);
        Assert.NotEqual(mints[0], mints[1]);
    }

    private CapturedRequest LastProfileCall() => _host.Requests.Last(r => r.Uri.AbsolutePath.EndsWith("/profile", StringComparison.Ordinal));

    /// <summary>Waits (in real time, bounded) for a signal the code under test gives; never for time to pass on the fake clock.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Yield();
            await Task.Delay(1);
        }

        Assert.True(condition(), "the signal did not come within 10 s");
    }

    public void Dispose() => _host.Dispose();
}
