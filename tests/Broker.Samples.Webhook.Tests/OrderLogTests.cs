using System.Net;
using Broker.Samples.Webhook.OrderLog;
using Broker.Testing;

namespace Broker.Samples.Webhook.Tests;

public sealed class OrderLogTests
{
    [Fact]
    public async Task Every_alert_and_its_outcome_is_appended_and_readable_at_logs_newest_first()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();
        using var placed = await harness.PostAlertAsync(Alerts.MarketBuy(reference: "tv-log-0001"));
        using var refused = await harness.PostAlertAsync(Alerts.MarketBuy(secret: "wrong-secret-0123456789"));
        using var invalid = await harness.PostAlertAsync(Alerts.MarketBuy(quantity: -1));

        using var response = await GetLogsAsync(harness, "/logs?limit=10");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = (await WebhookHarness.JsonAsync(response)).GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["invalid", "unauthorized", "placed"], entries.Select(e => e.GetProperty("outcome").GetString()));
        Assert.Equal("tv-log-0001", entries[2].GetProperty("client_reference").GetString());
        Assert.Equal(Assert.Single(harness.Sandbox.Dhan.DefaultAccount.Orders).OrderId, entries[2].GetProperty("order_id").GetString());
        Assert.Equal(4, File.ReadAllLines(harness.OrderLogPath).Length);
    }

    [Fact]
    public async Task Logs_limit_returns_only_the_newest_rows()
    {
        await using var harness = await WebhookHarness.StartDhanAsync(settings => settings["Webhook:LiveTrading"] = "false");
        for (var i = 0; i < 3; i++)
        {
            using var _ = await harness.PostAlertAsync(Alerts.MarketBuy(reference: $"tv-limit-000{i}"));
        }

        using var response = await GetLogsAsync(harness, "/logs?limit=2");

        var entries = (await WebhookHarness.JsonAsync(response)).GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["tv-limit-0002", "tv-limit-0001"], entries.Select(e => e.GetProperty("client_reference").GetString()));
    }

    [Fact]
    public async Task Logs_without_the_secret_get_401()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();

        using var response = await harness.Http.GetAsync("/logs");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task No_secret_appears_in_the_csv_log_the_responses_or_the_captured_logs()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();
        var texts = new List<string>();
        foreach (var body in new[]
        {
            Alerts.MarketBuy(reference: "tv-secret-001"),
            Alerts.MarketBuy(secret: "wrong-secret-0123456789"),
            Alerts.MarketBuy(symbol: WebhookHarness.Secret),
            $$"""{"secret": "{{WebhookHarness.Secret}}", "side": "{{WebhookHarness.Secret}}"}""",
        })
        {
            using var response = await harness.PostAlertAsync(body);
            texts.Add(await response.Content.ReadAsStringAsync());
        }

        await harness.TokenKeeper.CheckAsync(CancellationToken.None);
        using (var logs = await GetLogsAsync(harness, "/logs"))
        {
            texts.Add(await logs.Content.ReadAsStringAsync());
        }

        texts.Add(await File.ReadAllTextAsync(harness.OrderLogPath));
        texts.Add(harness.Logs.AllText());
        var everything = string.Join('\n', texts);
        Assert.All(harness.AllSecrets(), secret => Assert.DoesNotContain(secret, everything, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cell_that_a_spreadsheet_would_run_as_a_formula_is_neutralised_in_the_csv()
    {
        await using var harness = await WebhookHarness.StartDhanAsync(settings => settings["Webhook:LiveTrading"] = "false");

        using var _ = await harness.PostAlertAsync(Alerts.MarketBuy(reference: "=HYPERLINK(\\\"http://x\\\",\\\"y\\\")"));

        var row = File.ReadAllLines(harness.OrderLogPath)[1];
        var reference = CsvCells.Split(row)[CsvOrderLog.Columns.ToList().IndexOf("client_reference")];
        Assert.Equal("'=HYPERLINK(\"http://x\",\"y\")", reference);
    }

    private static async Task<HttpResponseMessage> GetLogsAsync(WebhookHarness harness, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Webhook-Secret", WebhookHarness.Secret);
        return await harness.Http.SendAsync(request);
    }
}
