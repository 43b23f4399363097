using System.Net;

namespace Broker.Samples.Webhook.Tests;

/// <summary>
/// What a body that is not a plain alert gets: 400 naming the problem when the caller proved the secret (or when the
/// body is not JSON at all), 401 only when the secret is missing or wrong, and the secret compared exactly.
/// </summary>
public sealed class AlertBodyTests
{
    private static string Nested(int depth, string secret = WebhookHarness.Secret) =>
        $$"""{"secret": "{{secret}}", "symbol": "RELIANCE", "side": "BUY", "quantity": 1, "order_type": "MARKET", "product": "CNC", "comment": {{string.Concat(Enumerable.Repeat("{\"a\":", depth))}}1{{new string('}', depth)}}}""";

    [Fact]
    public async Task The_right_secret_with_a_field_nested_deeper_than_the_parser_allows_gets_400_naming_the_field()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();

        using var response = await harness.PostAlertAsync(Nested(12));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await WebhookHarness.JsonAsync(response);
        Assert.Equal("invalid", json.GetProperty("status").GetString());
        var error = Assert.Single(json.GetProperty("errors").EnumerateArray());
        Assert.Equal("comment", error.GetProperty("field").GetString());
        Assert.Contains("at most 8", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(harness.Sandbox.Dhan.DefaultAccount.Orders);
    }

    [Fact]
    public async Task A_wrong_secret_with_deep_nesting_is_still_401()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();

        using var response = await harness.PostAlertAsync(Nested(12, secret: "not-the-secret-0123456789"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_gets_400_without_details_of_where_it_breaks()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();

        using var response = await harness.PostAlertAsync("BUY RELIANCE 5 please");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await WebhookHarness.JsonAsync(response);
        Assert.Equal("invalid", json.GetProperty("status").GetString());
        Assert.DoesNotContain("line", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(harness.Sandbox.Dhan.DefaultAccount.Orders);
    }

    [Fact]
    public async Task Broken_JSON_after_the_right_secret_gets_400_with_its_position()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();

        using var response = await harness.PostAlertAsync($$"""{"secret": "{{WebhookHarness.Secret}}", "symbol": "RELIANCE", "quantity": 1 "side": "BUY"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not valid JSON (line 1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\t")]
    public async Task A_secret_with_surrounding_spaces_is_not_the_secret(string padding)
    {
        await using var harness = await WebhookHarness.StartDhanAsync();

        using var response = await harness.PostAlertAsync(Alerts.MarketBuy(quantity: 1, secret: padding + WebhookHarness.Secret + padding).Replace("\t", "\\t", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(harness.Sandbox.Dhan.DefaultAccount.Orders);
    }
}
