using System.Net;
using Broker.Samples.Webhook.Orders;

namespace Broker.Samples.Webhook.Tests;

/// <summary>
/// Bursts: the service answers within a bounded time (the outcome if ready, else 202 with the alert id), refuses with
/// 503 what its bounded queue cannot hold, and keeps every accepted alert across a restart without placing any twice.
/// </summary>
public sealed class AlertQueueTests
{
    // Groww's client-side order limit squeezed to one a minute: the second order waits for its permit, so what is
    // queued behind it stays queued for the length of a test.
    private static void OneOrderAMinute(Dictionary<string, string?> settings)
    {
        settings["Groww:RateLimits:Orders"] = "1/min";
        settings["Webhook:Queue:AnswerWithin"] = "00:00:00";
        settings["Webhook:Queue:Workers"] = "1";
    }

    private static string Buy(string symbol) =>
        $$"""{"secret": "{{WebhookHarness.Secret}}", "symbol": "{{symbol}}", "exchange": "NSE", "side": "BUY", "quantity": 1, "order_type": "MARKET", "product": "CNC"}""";

    private static async Task<string> AcceptedIdAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var json = await WebhookHarness.JsonAsync(response);
        Assert.Equal("queued", json.GetProperty("status").GetString());
        return json.GetProperty("alert_id").GetString()!;
    }

    private static async Task<System.Text.Json.JsonElement> GetAlertAsync(WebhookHarness harness, string alertId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/alerts/" + alertId);
        request.Headers.Add("X-Webhook-Secret", WebhookHarness.Secret);
        using var response = await harness.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await WebhookHarness.JsonAsync(response);
    }

    [Fact]
    public async Task An_alert_not_placed_within_the_answer_time_gets_202_with_its_id_and_GET_alerts_shows_the_outcome()
    {
        await using var harness = await WebhookHarness.StartDhanAsync(s => s["Webhook:Queue:AnswerWithin"] = "00:00:00");

        using var response = await harness.PostAlertAsync(Alerts.MarketBuy(quantity: 1));
        var alertId = await AcceptedIdAsync(response);
        var outcome = await harness.OutcomeOfAsync(alertId);
        var status = await GetAlertAsync(harness, alertId);

        Assert.Equal(OutcomeStatus.Placed, outcome.Status);
        Assert.Equal("done", status.GetProperty("state").GetString());
        Assert.Equal("placed", status.GetProperty("outcome").GetProperty("status").GetString());
        Assert.Equal(Assert.Single(harness.Sandbox.Dhan.DefaultAccount.Orders).OrderId, status.GetProperty("outcome").GetProperty("order_id").GetString());
    }

    [Fact]
    public async Task GET_alerts_needs_the_secret_and_answers_404_for_an_unknown_id()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();

        using var withoutSecret = await harness.Http.GetAsync("/alerts/20260101-000000-abcdef");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/alerts/20260101-000000-abcdef");
        request.Headers.Add("X-Webhook-Secret", WebhookHarness.Secret);
        using var unknown = await harness.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, withoutSecret.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task When_the_queue_is_full_an_alert_gets_503_queue_full_and_is_not_placed()
    {
        await using var harness = await WebhookHarness.StartGrowwAsync(s =>
        {
            OneOrderAMinute(s);
            s["Webhook:Queue:Capacity"] = "1";
        });
        using var first = await harness.PostAlertAsync(Buy("TCS"));
        Assert.Equal(OutcomeStatus.Placed, (await harness.OutcomeOfAsync(await AcceptedIdAsync(first))).Status);

        // The second waits for the next order permit in the only worker; the third waits in the queue, filling it.
        using var second = await harness.PostAlertAsync(Buy("INFY"));
        var secondId = await AcceptedIdAsync(second);
        Assert.True(harness.Queue.TryGet(secondId, out var taken));
        Assert.True(SpinWait.SpinUntil(() => taken.State == "processing", TimeSpan.FromSeconds(30)), "the worker took the second alert");
        using var third = await harness.PostAlertAsync(Buy("HDFCBANK"));
        await AcceptedIdAsync(third);

        using var fourth = await harness.PostAlertAsync(Buy("RELIANCE"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, fourth.StatusCode);
        var json = await WebhookHarness.JsonAsync(fourth);
        Assert.Equal("queue_full", json.GetProperty("status").GetString());
        Assert.Contains("Webhook:Queue:Capacity", json.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Single(harness.Sandbox.Groww.DefaultAccount.Orders);
        Assert.DoesNotContain(harness.Sandbox.Groww.DefaultAccount.Orders, o => o.TradingSymbol == "RELIANCE");
    }

    [Fact]
    public async Task Alerts_queued_when_the_service_stops_are_placed_once_after_the_restart()
    {
        await using var harness = await WebhookHarness.StartGrowwAsync(OneOrderAMinute);
        using var first = await harness.PostAlertAsync(Buy("TCS"));
        var firstId = await AcceptedIdAsync(first);
        Assert.Equal(OutcomeStatus.Placed, (await harness.OutcomeOfAsync(firstId)).Status);
        var waiting = new List<string>();
        foreach (var symbol in new[] { "INFY", "HDFCBANK", "RELIANCE" })
        {
            using var response = await harness.PostAlertAsync(Buy(symbol));
            waiting.Add(await AcceptedIdAsync(response));
        }

        // Stopped with three alerts accepted and not placed; started again with the normal order limit.
        await using var restarted = await harness.RestartAsync(s => s["Groww:RateLimits:Orders"] = "10/s, 250/min");
        var outcomes = new List<WebhookOutcome>();
        foreach (var id in waiting)
        {
            outcomes.Add(await restarted.OutcomeOfAsync(id));
        }

        Assert.All(outcomes, o => Assert.Equal(OutcomeStatus.Placed, o.Status));
        var orders = harness.Sandbox.Groww.DefaultAccount.Orders;
        Assert.Equal(["HDFCBANK", "INFY", "RELIANCE", "TCS"], orders.Select(o => o.TradingSymbol).Order(StringComparer.Ordinal));
        Assert.Equal(4, orders.Select(o => o.ClientReference).Distinct(StringComparer.Ordinal).Count());
        Assert.False(restarted.Queue.TryGet(firstId, out _), "the alert placed before the restart is not replayed");
        Assert.True((await GetAlertAsync(restarted, waiting[0])).GetProperty("replayed").GetBoolean());
    }

    [Fact]
    public async Task An_alert_placed_just_before_a_crash_is_found_by_its_reference_after_the_restart_not_placed_again()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();
        using var response = await harness.PostAlertAsync(Alerts.MarketBuy(quantity: 1));
        var json = await WebhookHarness.JsonAsync(response);
        Assert.Equal("placed", json.GetProperty("status").GetString());
        var alertId = json.GetProperty("alert_id").GetString()!;

        var accepted = (await ReadSharedAsync(harness.JournalPath)).Single(l => l.Contains("\"kind\":\"accepted\"", StringComparison.Ordinal));
        Assert.Contains(alertId, accepted, StringComparison.Ordinal);

        // As if the process died after the broker took the order and before its outcome reached the journal.
        await harness.StopAsync();
        await File.WriteAllTextAsync(harness.JournalPath, accepted + "\n");
        await using var restarted = await harness.RestartAsync();

        var outcome = await restarted.OutcomeOfAsync(alertId);

        Assert.Equal(OutcomeStatus.Duplicate, outcome.Status);
        Assert.Equal(json.GetProperty("order_id").GetString(), outcome.OrderId);
        Assert.Single(harness.Sandbox.Dhan.DefaultAccount.Orders);
    }

    private static async Task<string[]> ReadSharedAsync(string path)
    {
        // The running service holds the journal open for appending; read it alongside.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
