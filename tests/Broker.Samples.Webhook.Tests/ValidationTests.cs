using System.Net;
using System.Text.Json;

namespace Broker.Samples.Webhook.Tests;

public sealed class ValidationTests
{
    [Fact]
    public async Task Body_that_is_not_json_gets_400_naming_the_body()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhook") { Content = new StringContent("{ \"symbol\": ") };
        request.Headers.Add("X-Webhook-Secret", WebhookHarness.Secret);

        using var response = await harness.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("body", SingleErrorField(await WebhookHarness.JsonAsync(response)));
    }

    [Fact]
    public async Task Missing_quantity_gets_400_naming_quantity()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();

        using var response = await harness.PostAlertAsync(
            $$"""{"secret": "{{WebhookHarness.Secret}}", "symbol": "RELIANCE", "side": "BUY", "order_type": "MARKET", "product": "CNC"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("quantity", SingleErrorField(await WebhookHarness.JsonAsync(response)));
        Assert.Empty(harness.Sandbox.Dhan.DefaultAccount.Orders);
    }

    [Fact]
    public async Task Limit_order_without_price_gets_400_naming_price()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();

        using var response = await harness.PostAlertAsync(
            $$"""{"secret": "{{WebhookHarness.Secret}}", "symbol": "RELIANCE", "side": "BUY", "quantity": 1, "order_type": "LIMIT", "product": "CNC"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("price", SingleErrorField(await WebhookHarness.JsonAsync(response)));
    }

    [Fact]
    public async Task Alert_naming_the_other_broker_gets_400_naming_broker()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();

        using var response = await harness.PostAlertAsync(
            $$"""{"secret": "{{WebhookHarness.Secret}}", "broker": "groww", "symbol": "RELIANCE", "side": "BUY", "quantity": 1, "order_type": "MARKET", "product": "CNC"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("broker", SingleErrorField(await WebhookHarness.JsonAsync(response)));
        Assert.Empty(harness.Sandbox.Dhan.DefaultAccount.Orders);
    }

    [Fact]
    public async Task Unknown_symbol_gets_422_naming_symbol_and_places_nothing()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();

        using var response = await harness.PostAlertAsync(Alerts.MarketBuy(symbol: "NOSUCHSTOCK"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var json = await WebhookHarness.JsonAsync(response);
        Assert.Equal("unresolved", json.GetProperty("status").GetString());
        Assert.Equal("symbol", SingleErrorField(json));
        Assert.Empty(harness.Sandbox.Dhan.DefaultAccount.Orders);
    }

    [Fact]
    public async Task Body_over_the_size_limit_gets_413_for_an_authenticated_caller()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhook") { Content = new StringContent(new string(' ', 20_000) + "{}") };
        request.Headers.Add("X-Webhook-Secret", WebhookHarness.Secret);

        using var response = await harness.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private static string? SingleErrorField(JsonElement json) =>
        Assert.Single(json.GetProperty("errors").EnumerateArray().ToList()).GetProperty("field").GetString();
}
