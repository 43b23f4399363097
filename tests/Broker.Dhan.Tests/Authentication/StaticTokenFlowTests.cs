using System.Net;
using Broker.Dhan.Tests.TestSupport;
using Broker.Errors;

namespace Broker.Dhan.Tests.Authentication;

public sealed class StaticTokenFlowTests
{
    [Fact]
    public async Task The_configured_token_is_sent_and_its_expiry_read_from_the_jwt()
    {
        using var host = new DhanTestHost();
        host.Respond(HttpMethod.Get, DhanTestHost.Api + "profile", "{}");

        await host.Client.Profile.GetProfileAsync();

        host.AssertAuthenticatedHeaders(host.Single);
        Assert.Equal(host.Time.GetUtcNow().AddHours(20).ToUnixTimeSeconds(), host.Client.Tokens.CurrentToken!.ExpiresAt!.Value.ToUnixTimeSeconds());
        Assert.Equal("access-token", host.Client.Tokens.FlowName);
    }

    [Fact]
    public async Task An_expired_token_fails_before_sending_and_says_a_person_must_act()
    {
        using var host = new DhanTestHost();
        host.Respond(HttpMethod.Get, DhanTestHost.Api + "profile", "{}");
        host.Time.Advance(TimeSpan.FromHours(21));

        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => host.Client.Profile.GetProfileAsync());

        Assert.True(ex.RequiresHumanAction);
        Assert.Contains("Dhan Web", ex.Message, StringComparison.Ordinal);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task A_rejected_token_cannot_be_renewed_and_is_sent_only_once()
    {
        using var host = new DhanTestHost();
        host.Respond(HttpMethod.Get, DhanTestHost.Api + "profile", """{"errorType":"Invalid_Authentication","errorCode":"DH-901","errorMessage":"expired"}""", HttpStatusCode.Unauthorized);

        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => host.Client.Profile.GetProfileAsync());

        Assert.True(ex.RequiresHumanAction);
        Assert.Equal("access-token", ex.Flow);
        Assert.Single(host.Requests);
    }

    [Theory]
    [InlineData(401, """{"errorType":"Invalid_Authentication","errorCode":"DH-901","errorMessage":"Client ID or user generated access token is invalid or expired."}""", "DH-901", "Client ID or user generated access token is invalid or expired.", "Invalid_Authentication")]
    [InlineData(400, """{"errorType":"Order_Error","errorCode":"DH-906","errorMessage":"Invalid Token"}""", "DH-906", "Invalid Token", "Order_Error")]
    [InlineData(200, """{"data":{"807":"Access token is expired"},"status":"failed"}""", "807", "Access token is expired", null)]
    [InlineData(401, """{"data":{"808":"Authentication Failed - Client ID or Access Token invalid"},"status":"failed"}""", "808", "Authentication Failed - Client ID or Access Token invalid", null)]
    public async Task A_refused_pasted_token_raises_what_the_broker_said(int status, string body, string code, string message, string? type)
    {
        using var host = new DhanTestHost();
        host.Respond(HttpMethod.Get, DhanTestHost.Api + "profile", body, (HttpStatusCode)status);

        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => host.Client.Profile.GetProfileAsync());

        Assert.Equal(status, ex.StatusCode);
        Assert.Equal(code, ex.BrokerErrorCode);
        Assert.Equal(message, ex.BrokerMessage);
        Assert.Equal(type, ex.BrokerErrorType);
        Assert.Equal("Dhan", ex.Broker);
        Assert.Equal("access-token", ex.Flow);
        Assert.True(ex.RequiresHumanAction);
        Assert.NotNull(ex.ResponseSnippet);
        Assert.Single(host.Requests);
    }
}
