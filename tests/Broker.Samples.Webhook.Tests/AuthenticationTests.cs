using System.Net;

namespace Broker.Samples.Webhook.Tests;

public sealed class AuthenticationTests
{
    [Fact]
    public async Task Wrong_secret_gets_401_and_places_nothing()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();

        using var response = await harness.PostAlertAsync(Alerts.MarketBuy(secret: "not-the-secret-0123456789"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("unauthorized", (await WebhookHarness.JsonAsync(response)).GetProperty("status").GetString());
        Assert.Empty(harness.Sandbox.Dhan.DefaultAccount.Orders);
    }

    [Fact]
    public async Task Missing_secret_gets_401()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();

        using var response = await harness.PostAlertAsync("""{"symbol": "RELIANCE", "side": "BUY", "quantity": 1, "order_type": "MARKET", "product": "CNC"}""");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Unauthenticated_caller_learns_nothing_about_where_a_malformed_body_breaks()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();

        using var response = await harness.PostAlertAsync("{ not json");

        // Nothing in it can carry a secret: it is answered as not JSON (400), without the position of the break.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("line", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Secret_in_the_header_is_accepted_instead_of_the_body()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhook")
        {
            Content = new StringContent("""{"symbol": "RELIANCE", "side": "BUY", "quantity": 1, "order_type": "MARKET", "product": "CNC"}"""),
        };
        request.Headers.Add("X-Webhook-Secret", WebhookHarness.Secret);

        using var response = await harness.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
