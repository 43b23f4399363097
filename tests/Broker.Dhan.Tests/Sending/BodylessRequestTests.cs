using Broker.Dhan.Tests.TestSupport;

namespace Broker.Dhan.Tests.Sending;

/// <summary>Requests that carry nothing send nothing: no content object, no Content-Type, no zero-length JSON body.</summary>
public sealed class BodylessRequestTests
{
    [Fact]
    public async Task A_read_sends_no_content()
    {
        using var host = new DhanTestHost();
        host.Respond(HttpMethod.Get, DhanTestHost.Api + "orders", "[]");

        await host.Client.Orders.GetOrdersAsync();

        AssertNoContent(host.Single);
    }

    [Fact]
    public async Task A_cancellation_sends_no_content()
    {
        using var host = new DhanTestHost();
        host.Respond(HttpMethod.Delete, DhanTestHost.Api + "orders/112111182198", """{"orderId":"112111182198","orderStatus":"CANCELLED"}""");

        await host.Client.Orders.CancelOrderAsync("112111182198");

        AssertNoContent(host.Single);
    }

    [Fact]
    public async Task A_token_renewal_sends_no_content()
    {
        using var host = new DhanTestHost(o => o.AuthenticationMode = DhanAuthenticationMode.RenewToken);
        host.Respond(HttpMethod.Get, DhanTestHost.Api + "RenewToken",
            """{"dhanClientId":"1000000001","dhanClientName":"JOHN DOE","accessToken":"renewed-token","expiryTime":"2026-11-24T10:00:00"}""");
        host.Respond(HttpMethod.Get, DhanTestHost.Api + "profile", "{}");
        await host.Client.Profile.GetProfileAsync();

        host.Time.Advance(TimeSpan.FromHours(19) + TimeSpan.FromMinutes(56));
        await host.Client.Profile.GetProfileAsync();
        await (host.Client.Tokens.RenewalInProgress ?? Task.CompletedTask);

        AssertNoContent(Assert.Single(host.Requests, r => r.Uri.AbsolutePath == "/v2/RenewToken"));
    }

    [Fact]
    public async Task The_pin_and_totp_token_generation_sends_no_content()
    {
        using var host = new DhanTestHost(o =>
        {
            o.AccessToken = null;
            o.Pin = Secrets.Pin;
            o.TotpSecret = Secrets.TotpSecret;
        });
        host.Respond(HttpMethod.Post, DhanTestHost.Auth + "app/generateAccessToken*",
            """{"dhanClientId":"1000000001","dhanClientName":"JOHN DOE","dhanClientUcc":"ABCD12345E","givenPowerOfAttorney":false,"accessToken":"minted-token","expiryTime":"2026-11-24T09:15:00"}""");
        host.Respond(HttpMethod.Get, DhanTestHost.Api + "profile", "{}");

        await host.Client.Profile.GetProfileAsync();

        AssertNoContent(Assert.Single(host.Requests, r => r.Uri.AbsolutePath.EndsWith("/app/generateAccessToken", StringComparison.Ordinal)));
    }

    private static void AssertNoContent(CapturedRequest request)
    {
        Assert.False(request.HasContent, $"{request.Method} {request.Uri.AbsolutePath} carried a content object");
        Assert.Null(request.ContentType);
    }
}
