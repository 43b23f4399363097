using System.Net;
using Broker.Sandbox;

namespace Broker.Samples.Webhook.Tests;

public sealed class OrderPlacementTests
{
    [Fact]
    public async Task Valid_alert_places_exactly_one_order_at_Dhan()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();

        using var response = await harness.PostAlertAsync(Alerts.MarketBuy(quantity: 3, reference: "tv-alpha-001"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await WebhookHarness.JsonAsync(response);
        Assert.Equal("placed", json.GetProperty("status").GetString());
        var order = Assert.Single(harness.Sandbox.Dhan.DefaultAccount.Orders);
        Assert.Equal("RELIANCE", order.TradingSymbol);
        Assert.Equal(3, order.Quantity);
        Assert.Equal("BUY", order.TransactionType);
        Assert.Equal("tv-alpha-001", order.ClientReference);
        Assert.Equal(order.OrderId, json.GetProperty("order_id").GetString());
    }

    [Fact]
    public async Task Valid_alert_places_exactly_one_order_at_Groww()
    {
        await using var harness = await WebhookHarness.StartGrowwAsync();

        using var response = await harness.PostAlertAsync(Alerts.MarketBuy(symbol: "TCS", quantity: 1, reference: "tv-beta-0001"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var order = Assert.Single(harness.Sandbox.Groww.DefaultAccount.Orders);
        Assert.Equal("TCS", order.TradingSymbol);
        Assert.Equal("tv-beta-0001", order.ClientReference);
    }

    [Fact]
    public async Task Repeated_alert_with_the_same_client_reference_places_no_second_order()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();
        using var first = await harness.PostAlertAsync(Alerts.MarketBuy(reference: "tv-repeat-01"));

        using var second = await harness.PostAlertAsync(Alerts.MarketBuy(reference: "tv-repeat-01"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var json = await WebhookHarness.JsonAsync(second);
        Assert.Equal("duplicate", json.GetProperty("status").GetString());
        Assert.Equal((await WebhookHarness.JsonAsync(first)).GetProperty("order_id").GetString(), json.GetProperty("order_id").GetString());
        Assert.Single(harness.Sandbox.Dhan.DefaultAccount.Orders);
    }

    [Fact]
    public async Task Repeat_at_Groww_after_a_restart_is_found_by_reference_and_not_placed_again()
    {
        await using var harness = await WebhookHarness.StartGrowwAsync();
        using var first = await harness.PostAlertAsync(Alerts.MarketBuy(symbol: "INFY", reference: "tv-gw-restart"));
        await using var restarted = await harness.RestartAsync();

        using var again = await restarted.PostAlertAsync(Alerts.MarketBuy(symbol: "INFY", reference: "tv-gw-restart"));

        var json = await WebhookHarness.JsonAsync(again);
        Assert.Equal("duplicate", json.GetProperty("status").GetString());
        Assert.Equal((await WebhookHarness.JsonAsync(first)).GetProperty("order_id").GetString(), json.GetProperty("order_id").GetString());
        Assert.Single(harness.Sandbox.Groww.DefaultAccount.Orders);
    }

    [Fact]
    public async Task Repeat_of_a_reference_the_process_no_longer_remembers_is_still_found_at_the_broker()
    {
        await using var harness = await WebhookHarness.StartDhanAsync(settings => settings["Webhook:RememberedReferences"] = "1");
        using var first = await harness.PostAlertAsync(Alerts.MarketBuy(reference: "tv-evict-0001"));
        using var other = await harness.PostAlertAsync(Alerts.MarketBuy(reference: "tv-evict-0002"));

        using var again = await harness.PostAlertAsync(Alerts.MarketBuy(reference: "tv-evict-0001"));

        Assert.Equal("duplicate", (await WebhookHarness.JsonAsync(again)).GetProperty("status").GetString());
        Assert.Equal(2, harness.Sandbox.Dhan.DefaultAccount.Orders.Count);
    }

    [Fact]
    public async Task Concurrent_repeats_of_one_alert_place_one_order()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => harness.PostAlertAsync(Alerts.MarketBuy(reference: "tv-burst-0001"))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(harness.Sandbox.Dhan.DefaultAccount.Orders);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Repeat_after_a_restart_is_found_at_the_broker_by_reference_and_not_placed_again()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();
        using var first = await harness.PostAlertAsync(Alerts.MarketBuy(reference: "tv-restart-01"));
        await using var restarted = await harness.RestartAsync();

        using var again = await restarted.PostAlertAsync(Alerts.MarketBuy(reference: "tv-restart-01"));

        Assert.Equal("duplicate", (await WebhookHarness.JsonAsync(again)).GetProperty("status").GetString());
        Assert.Single(harness.Sandbox.Dhan.DefaultAccount.Orders);
    }

    [Fact]
    public async Task Client_reference_that_a_broker_would_refuse_is_sent_as_a_stable_hash()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();

        using var response = await harness.PostAlertAsync(Alerts.MarketBuy(reference: "strategy 7 / long entry @ 2025-01-02T09:15"));

        var sent = Assert.Single(harness.Sandbox.Dhan.DefaultAccount.Orders).ClientReference;
        Assert.Matches("^wh[0-9a-f]{18}$", sent);
        Assert.Equal(sent, (await WebhookHarness.JsonAsync(response)).GetProperty("broker_reference").GetString());
    }

    [Fact]
    public async Task Dry_run_places_nothing_and_reports_what_it_would_send()
    {
        await using var harness = await WebhookHarness.StartDhanAsync(settings => settings["Webhook:LiveTrading"] = "false");

        using var response = await harness.PostAlertAsync(Alerts.MarketBuy(reference: "tv-dry-0001"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await WebhookHarness.JsonAsync(response);
        Assert.Equal("dry_run", json.GetProperty("status").GetString());
        Assert.Equal("2885", json.GetProperty("security_id").GetString());
        Assert.Empty(harness.Sandbox.Dhan.DefaultAccount.Orders);
        Assert.Empty(harness.Sandbox.Requests.ForEndpoint(SandboxEndpointNames.DhanOrdersCreate));
    }

    [Fact]
    public async Task Dry_run_without_credentials_validates_against_the_instrument_master()
    {
        await using var harness = await WebhookHarness.StartDhanAsync(settings =>
        {
            settings["Webhook:LiveTrading"] = "false";
            settings.Remove("Dhan:Pin");
            settings.Remove("Dhan:TotpSecret");
        });

        using var known = await harness.PostAlertAsync(Alerts.MarketBuy());
        using var unknown = await harness.PostAlertAsync(Alerts.MarketBuy(symbol: "NOSUCHSTOCK"));

        Assert.Equal("dry_run", (await WebhookHarness.JsonAsync(known)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal(0, harness.Sandbox.Dhan.DefaultAccount.TokensMinted);
    }

    [Fact]
    public async Task Broker_rejection_surfaces_as_422_with_the_brokers_message()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();
        harness.Sandbox.Faults.Inject(SandboxEndpointNames.DhanOrdersCreate, Fault.Status(400));

        using var response = await harness.PostAlertAsync(Alerts.MarketBuy(reference: "tv-reject-01"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var json = await WebhookHarness.JsonAsync(response);
        Assert.Equal("rejected", json.GetProperty("status").GetString());
        Assert.Contains("DH-", json.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Order_the_broker_accepts_then_drops_the_answer_of_is_reported_as_unknown_with_its_reference()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();
        harness.Sandbox.Faults.Inject(SandboxEndpointNames.DhanOrdersCreate, Fault.AcceptThenDrop);

        using var response = await harness.PostAlertAsync(Alerts.MarketBuy(reference: "tv-unknown-01"));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var json = await WebhookHarness.JsonAsync(response);
        Assert.Equal("unknown", json.GetProperty("status").GetString());
        Assert.Equal("tv-unknown-01", json.GetProperty("broker_reference").GetString());
    }

    [Fact]
    public async Task Repeat_after_an_unknown_outcome_finds_the_order_and_places_no_second_one()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();
        harness.Sandbox.Faults.Inject(SandboxEndpointNames.DhanOrdersCreate, Fault.AcceptThenDrop);
        using var first = await harness.PostAlertAsync(Alerts.MarketBuy(reference: "tv-unknown-02"));

        using var again = await harness.PostAlertAsync(Alerts.MarketBuy(reference: "tv-unknown-02"));

        Assert.Equal("duplicate", (await WebhookHarness.JsonAsync(again)).GetProperty("status").GetString());
        Assert.Single(harness.Sandbox.Dhan.DefaultAccount.Orders);
    }
}
