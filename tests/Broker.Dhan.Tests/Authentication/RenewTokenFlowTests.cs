using System.Net;
using Broker.Dhan.Tests.TestSupport;
using Broker.Errors;

namespace Broker.Dhan.Tests.Authentication;

public sealed class RenewTokenFlowTests : IDisposable
{
    private readonly DhanTestHost _host = new(o => o.AuthenticationMode = DhanAuthenticationMode.RenewToken);

    [Fact]
    public async Task The_configured_token_is_used_first_without_a_renewal()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "profile", "{}");

        await _host.Client.Profile.GetProfileAsync();

        Assert.Equal(_host.Token, _host.Single.Header("access-token"));
        Assert.Equal("renew-token", _host.Client.Tokens.FlowName);
    }

    [Fact]
    public async Task Near_expiry_the_token_is_renewed_with_a_get_carrying_the_current_token()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "RenewToken",
            """{"dhanClientId":"1000000001","dhanClientName":"JOHN DOE","accessToken":"renewed-token","expiryTime":"2026-11-24T10:00:00"}""");
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "profile", "{}");
        await _host.Client.Profile.GetProfileAsync();

        _host.Time.Advance(TimeSpan.FromHours(19) + TimeSpan.FromMinutes(56));
        await _host.Client.Profile.GetProfileAsync();
        await (_host.Client.Tokens.RenewalInProgress ?? Task.CompletedTask);
        await _host.Client.Profile.GetProfileAsync();

        var renew = Assert.Single(_host.Requests, r => r.Uri.AbsolutePath == "/v2/RenewToken");
        Assert.Equal(HttpMethod.Get, renew.Method);
        Assert.Equal(_host.Token, renew.Header("access-token"));
        Assert.Equal(DhanTestHost.ClientId, renew.Header("dhanClientId"));
        Assert.Null(renew.Header("client-id"));
        Assert.Equal("renewed-token", _host.Requests[^1].Header("access-token"));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(5.5)), _host.Client.Tokens.CurrentToken!.ExpiresAt);
    }

    [Fact]
    public async Task The_renewal_answer_may_name_the_token_token()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "RenewToken", """{"token":"renewed-token-2"}""");
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "profile", "{}");
        await _host.Client.Profile.GetProfileAsync();
        _host.Time.Advance(TimeSpan.FromHours(19) + TimeSpan.FromMinutes(56));

        await _host.Client.Profile.GetProfileAsync();
        await (_host.Client.Tokens.RenewalInProgress ?? Task.CompletedTask);
        await _host.Client.Profile.GetProfileAsync();

        Assert.Equal("renewed-token-2", _host.Requests[^1].Header("access-token"));
    }

    [Fact]
    public async Task A_refused_renewal_raises_an_authentication_error_for_a_person()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "RenewToken",
            """{"errorType":"Input_Exception","errorCode":"DH-905","errorMessage":"Missing required fields, bad values for parameters etc."}""", HttpStatusCode.BadRequest);
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "profile", """{"errorType":"Order_Error","errorCode":"DH-906","errorMessage":"Invalid Token"}""", HttpStatusCode.BadRequest);

        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => _host.Client.Profile.GetProfileAsync());

        Assert.Equal("renew-token", ex.Flow);
        Assert.True(ex.RequiresHumanAction);
        Assert.Equal("DH-905", ex.BrokerErrorCode);
    }

    public void Dispose() => _host.Dispose();
}
