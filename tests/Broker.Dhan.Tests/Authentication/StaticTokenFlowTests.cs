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

        await host.Client.Profile.GetAsync();

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

        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => host.Client.Profile.GetAsync());

        Assert.True(ex.RequiresHumanAction);
        Assert.Contains("Dhan Web", ex.Message, StringComparison.Ordinal);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task A_rejected_token_cannot_be_renewed_and_is_sent_only_once()
    {
        using var host = new DhanTestHost();
        host.Respond(HttpMethod.Get, DhanTestHost.Api + "profile", """{"errorType":"Invalid_Authentication","errorCode":"DH-901","errorMessage":"expired"}""", HttpStatusCode.Unauthorized);

        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => host.Client.Profile.GetAsync());

        Assert.True(ex.RequiresHumanAction);
        Assert.Equal("access-token", ex.Flow);
        Assert.Single(host.Requests);
    }
}
