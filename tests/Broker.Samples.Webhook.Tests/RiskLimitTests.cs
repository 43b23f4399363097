using System.Net;
using Broker.Sandbox;
using Broker.Testing;

namespace Broker.Samples.Webhook.Tests;

/// <summary>
/// Fat fingers: per-alert risk limits, on by default, checked before anything is sent. A breach answers 422 naming the
/// limit, is logged, and the sandbox's request log shows that no order request reached the broker.
/// </summary>
public sealed class RiskLimitTests
{
    private static readonly string[] OrderWrites =
        [SandboxEndpointNames.DhanOrdersCreate, SandboxEndpointNames.DhanOrdersSlice, SandboxEndpointNames.GrowwOrdersCreate];

    private static string Alert(string symbol, long quantity, string orderType = "MARKET", decimal? price = null, string side = "BUY") =>
        $$"""
        {"secret": "{{WebhookHarness.Secret}}", "symbol": "{{symbol}}", "exchange": "NSE", "side": "{{side}}", "quantity": {{quantity}},
         "order_type": "{{orderType}}"{{(price is null ? string.Empty : $", \"price\": {price}")}}, "product": "CNC"}
        """;

    private static void AssertNoOrderReachedTheBroker(WebhookHarness harness) =>
        Assert.DoesNotContain(harness.Sandbox.Requests.Snapshot(), r => OrderWrites.Contains(r.Endpoint));

    [Fact]
    public async Task A_fat_finger_quantity_at_Dhan_gets_422_naming_max_quantity_and_nothing_is_sent()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();

        using var response = await harness.PostAlertAsync(Alert("RELIANCE", 9_999_999));

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var json = await WebhookHarness.JsonAsync(response);
        Assert.Equal("risk_refused", json.GetProperty("status").GetString());
        Assert.Equal("max_quantity", json.GetProperty("limit").GetString());
        Assert.Contains("Webhook:Risk:MaxQuantity", json.GetProperty("message").GetString(), StringComparison.Ordinal);
        AssertNoOrderReachedTheBroker(harness);
        Assert.Empty(harness.Sandbox.Dhan.DefaultAccount.Orders);
        Assert.Single(harness.Logs.WithEventId(7018));
        Assert.True(harness.Logs.AllText().Contains("risk limit max_quantity", StringComparison.Ordinal), "the refusal is logged naming the limit");
    }

    [Fact]
    public async Task A_market_order_is_valued_at_the_last_traded_price_read_through_the_SDK_and_refused_over_max_order_value()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();

        // 99 shares is under the quantity limit, but 99 × ₹1,425.50 is over the ₹1,00,000 default.
        using var response = await harness.PostAlertAsync(Alert("RELIANCE", 99));

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var json = await WebhookHarness.JsonAsync(response);
        Assert.Equal("max_order_value", json.GetProperty("limit").GetString());
        Assert.Contains("last traded price", json.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(harness.Sandbox.Requests.Snapshot(), r => r.Endpoint == SandboxEndpointNames.DhanLtp);
        AssertNoOrderReachedTheBroker(harness);
    }

    [Fact]
    public async Task At_Groww_a_market_order_over_max_order_value_is_refused_before_sending()
    {
        await using var harness = await WebhookHarness.StartGrowwAsync();

        using var response = await harness.PostAlertAsync(Alert("TCS", 40));

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Equal("max_order_value", (await WebhookHarness.JsonAsync(response)).GetProperty("limit").GetString());
        Assert.Contains(harness.Sandbox.Requests.Snapshot(), r => r.Endpoint == SandboxEndpointNames.GrowwLtp);
        AssertNoOrderReachedTheBroker(harness);
        Assert.Empty(harness.Sandbox.Groww.DefaultAccount.Orders);
    }

    [Fact]
    public async Task Market_alerts_on_one_instrument_share_one_last_traded_price_read()
    {
        // Dhan allows one quote call a second: a burst must not read the price once per alert.
        await using var harness = await WebhookHarness.StartDhanAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => harness.PostAlertAsync(Alert("RELIANCE", 1))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(6, harness.Sandbox.Dhan.DefaultAccount.Orders.Count);
        Assert.Single(harness.Sandbox.Requests.Snapshot(), r => r.Endpoint == SandboxEndpointNames.DhanLtp);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_limit_order_is_valued_at_its_limit_price_without_reading_the_market()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();

        using var response = await harness.PostAlertAsync(Alert("RELIANCE", 80, "LIMIT", 1400.00m));

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var json = await WebhookHarness.JsonAsync(response);
        Assert.Equal("max_order_value", json.GetProperty("limit").GetString());
        Assert.Contains("limit price", json.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Sandbox.Requests.Snapshot(), r => r.Endpoint == SandboxEndpointNames.DhanLtp);
        AssertNoOrderReachedTheBroker(harness);
    }

    [Fact]
    public async Task A_per_symbol_limit_replaces_the_default_for_that_symbol()
    {
        await using var harness = await WebhookHarness.StartDhanAsync(s => s["Webhook:Risk:Symbols:TCS:MaxQuantity"] = "1");

        using var refused = await harness.PostAlertAsync(Alert("TCS", 2));
        using var allowed = await harness.PostAlertAsync(Alert("INFY", 2));

        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        Assert.Contains("Symbols:TCS:MaxQuantity", (await WebhookHarness.JsonAsync(refused)).GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("INFY", Assert.Single(harness.Sandbox.Dhan.DefaultAccount.Orders).TradingSymbol);
    }

    [Fact]
    public async Task The_daily_order_cap_per_symbol_refuses_the_order_after_the_cap()
    {
        await using var harness = await WebhookHarness.StartDhanAsync(s => s["Webhook:Risk:MaxOrdersPerSymbolPerDay"] = "2");

        using var first = await harness.PostAlertAsync(Alert("INFY", 1));
        using var second = await harness.PostAlertAsync(Alert("INFY", 1));
        using var third = await harness.PostAlertAsync(Alert("INFY", 1));
        using var otherSymbol = await harness.PostAlertAsync(Alert("TCS", 1));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((HttpStatusCode)422, third.StatusCode);
        Assert.Equal("max_orders_per_day", (await WebhookHarness.JsonAsync(third)).GetProperty("limit").GetString());
        Assert.Equal(HttpStatusCode.OK, otherSymbol.StatusCode);
        Assert.Equal(3, harness.Sandbox.Dhan.DefaultAccount.Orders.Count);
    }

    [Fact]
    public async Task The_daily_turnover_cap_per_symbol_counts_the_value_of_orders_already_placed()
    {
        await using var harness = await WebhookHarness.StartDhanAsync(s => s["Webhook:Risk:MaxTurnoverPerSymbolPerDay"] = "5000");

        using var first = await harness.PostAlertAsync(Alert("INFY", 2, "LIMIT", 1520.00m));
        using var second = await harness.PostAlertAsync(Alert("INFY", 2, "LIMIT", 1520.00m));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal((HttpStatusCode)422, second.StatusCode);
        Assert.Equal("max_turnover_per_day", (await WebhookHarness.JsonAsync(second)).GetProperty("limit").GetString());
        Assert.Single(harness.Sandbox.Dhan.DefaultAccount.Orders);
    }

    [Fact]
    public async Task Turned_off_the_limits_let_a_larger_order_through()
    {
        await using var harness = await WebhookHarness.StartDhanAsync(s => s["Webhook:Risk:Enabled"] = "false");

        using var response = await harness.PostAlertAsync(Alert("HDFCBANK", 150));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(150, Assert.Single(harness.Sandbox.Dhan.DefaultAccount.Orders).Quantity);
    }
}
