using System.Net;
using System.Text;
using Broker.Samples.Webhook.OrderLog;
using Microsoft.Extensions.DependencyInjection;
using Broker.Testing;

namespace Broker.Samples.Webhook.Tests;

/// <summary><c>POST /dhan/postback/{secret}</c>: Dhan's order updates, authenticated by the secret path segment.</summary>
public sealed class DhanPostbackTests
{
    private const string PostbackSecret = "dhan-postback-7f3a9c2e5b1d4";
    private const string Route = "/dhan/postback/" + PostbackSecret;
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(15);

    private const string Body = """
        {"dhanClientId":"1000000001","orderId":"112000000042","exchangeOrderId":"1100000000000042","correlationId":"tv-pb-0001",
         "orderStatus":"PART_TRADED","transactionType":"BUY","exchangeSegment":"NSE_EQ","productType":"CNC","orderType":"LIMIT",
         "validity":"DAY","tradingSymbol":"RELIANCE","securityId":"2885","quantity":10,"disclosedQuantity":0,"price":1425.5,
         "triggerPrice":0,"afterMarketOrder":false,"boProfitValue":0,"boStopLossValue":0,"legName":"NA",
         "createTime":"2025-01-02 09:15:00","updateTime":"2025-01-02 09:15:04","exchangeTime":"2025-01-02 09:15:04",
         "drvExpiryDate":"0001-01-01","drvOptionType":"NA","drvStrikePrice":0,"omsErrorCode":null,"omsErrorDescription":"CONFIRMED",
         "algoId":null,"remainingQuantity":6,"averageTradedPrice":1425.1,"filled_qty":4}
        """;

    private static Task<WebhookHarness> StartAsync(string? postbackSecret = PostbackSecret) =>
        WebhookHarness.StartDhanAsync(settings => settings["Webhook:DhanPostbackSecret"] = postbackSecret);

    private static Task<HttpResponseMessage> PostAsync(WebhookHarness harness, string route, string body) =>
        harness.Http.PostAsync(route, new StringContent(body, Encoding.UTF8, "application/json"));

    private static async Task<List<OrderLogEntry>> PostbackRowsAsync(WebhookHarness harness)
    {
        var newestFirst = await harness.App.Services.GetRequiredService<CsvOrderLog>().ReadLatestAsync(1000, CancellationToken.None);
        return [.. newestFirst.Reverse().Where(r => r.Outcome == DhanPostbackRecorder.Outcome)];
    }

    [Fact]
    public async Task A_documented_postback_is_recorded_in_the_order_log_and_answered_200()
    {
        await using var harness = await StartAsync();

        using var response = await PostAsync(harness, Route, Body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(await PostbackRowsAsync(harness));
        Assert.Equal(
            ("112000000042", "PART_TRADED", "tv-pb-0001", "RELIANCE", "BUY", 10L, 1425.5m),
            (row.OrderId, row.OrderStatus, row.BrokerReference, row.Symbol, row.Side, row.Quantity, row.Price));
        Assert.Contains("filled 4/10", row.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_answer_names_the_order_and_the_row()
    {
        await using var harness = await StartAsync();

        using var response = await PostAsync(harness, Route, Body);

        var json = await WebhookHarness.JsonAsync(response);
        Assert.Equal(("recorded", "112000000042", "PART_TRADED"), (json.GetProperty("status").GetString(), json.GetProperty("order_id").GetString(), json.GetProperty("order_status").GetString()));
        Assert.StartsWith("postback-", json.GetProperty("postback_id").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_secret_gets_404_and_records_nothing()
    {
        await using var harness = await StartAsync();

        using var response = await PostAsync(harness, "/dhan/postback/not-the-secret-0123456789", Body);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await PostbackRowsAsync(harness));
        Assert.Single(harness.Logs.WithEventId(7015));
    }

    [Fact]
    public async Task Without_a_configured_postback_secret_the_route_is_not_there()
    {
        await using var harness = await StartAsync(postbackSecret: null);

        using var response = await PostAsync(harness, Route, Body);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_400_naming_the_problem()
    {
        await using var harness = await StartAsync();

        using var response = await PostAsync(harness, Route, "order traded");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not the documented order JSON", (await WebhookHarness.JsonAsync(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(await PostbackRowsAsync(harness));
    }

    [Fact]
    public async Task A_field_of_the_wrong_type_gets_400_naming_the_field()
    {
        await using var harness = await StartAsync();

        using var response = await PostAsync(harness, Route, """{"orderId":"1","quantity":"ten"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$.quantity", (await WebhookHarness.JsonAsync(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_postback_secret_appears_in_no_log_line_and_no_order_log_row()
    {
        await using var harness = await StartAsync();
        using (await PostAsync(harness, Route, Body))
        using (await PostAsync(harness, Route, "not json"))
        using (await PostAsync(harness, "/dhan/postback/" + PostbackSecret + "x", Body))
        {
        }

        var everything = harness.Logs.AllText() + "\n" + await File.ReadAllTextAsync(harness.OrderLogPath);

        Assert.DoesNotContain(PostbackSecret, everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_placed_through_the_sdk_against_the_sandbox_is_posted_back_to_the_service_and_recorded()
    {
        await using var harness = await StartAsync();
        harness.SandboxOptions.Dhan.Accounts[0].PostbackUrl = new Uri(harness.Http.BaseAddress!, Route);

        using var placed = await harness.PostAlertAsync(Alerts.MarketBuy(reference: "tv-pb-sdk-0001"));
        using (var timeout = new CancellationTokenSource(Guard))
        {
            await harness.Sandbox.DhanPostbacks.WhenCountReachesAsync(2, timeout.Token);
        }

        Assert.Equal(HttpStatusCode.OK, placed.StatusCode);
        Assert.All(harness.Sandbox.DhanPostbacks.Snapshot(), p => Assert.True(p.Delivered, p.Error));
        var orderId = Assert.Single(harness.Sandbox.Dhan.DefaultAccount.Orders).OrderId;
        Assert.Equal(
            [(orderId, "PENDING"), (orderId, "TRADED")],
            (await PostbackRowsAsync(harness)).Select(r => (r.OrderId, r.OrderStatus)));
    }
}
