using System.Net;
using System.Text.Json;
using Broker.Testing;

namespace Broker.Samples.Webhook.Tests;

public sealed class ReadinessTests
{
    [Fact]
    public async Task Health_answers_healthy()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();

        using var response = await harness.Http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", (await WebhookHarness.JsonAsync(response)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_is_503_until_a_token_has_been_obtained()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();

        var checks = await ReadyChecksAsync(harness, HttpStatusCode.ServiceUnavailable);

        Assert.Equal("missing", checks.GetProperty("access_token").GetString());
    }

    [Fact]
    public async Task Ready_reports_a_valid_token_its_remaining_lifetime_and_the_last_broker_call()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();
        await WarmUpAsync(harness);

        var check = await harness.TokenKeeper.CheckAsync(CancellationToken.None);
        var checks = await ReadyChecksAsync(harness, HttpStatusCode.OK);

        Assert.True(check.Succeeded);
        Assert.Equal("initialised", checks.GetProperty("client").GetString());
        Assert.Equal("valid", checks.GetProperty("access_token").GetString());
        Assert.InRange(checks.GetProperty("token_remaining_seconds").GetInt64(), 23 * 3600, 24 * 3600);
        Assert.Equal(JsonValueKind.String, checks.GetProperty("last_successful_broker_call").ValueKind);
    }

    [Fact]
    public async Task Ready_turns_503_once_the_token_has_expired()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();
        await WarmUpAsync(harness);
        await harness.TokenKeeper.CheckAsync(CancellationToken.None);

        harness.Sandbox.Clock.Advance(TimeSpan.FromHours(25));
        var checks = await ReadyChecksAsync(harness, HttpStatusCode.ServiceUnavailable);

        Assert.Equal("expired", checks.GetProperty("access_token").GetString());
        Assert.Equal(0, checks.GetProperty("token_remaining_seconds").GetInt64());
    }

    [Fact]
    public async Task Token_check_renews_an_expired_token_and_ready_recovers()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();
        await WarmUpAsync(harness);
        await harness.TokenKeeper.CheckAsync(CancellationToken.None);
        harness.Sandbox.Clock.Advance(TimeSpan.FromHours(25));

        var check = await harness.TokenKeeper.CheckAsync(CancellationToken.None);
        var checks = await ReadyChecksAsync(harness, HttpStatusCode.OK);

        Assert.True(check.Renewed);
        Assert.Equal("valid", checks.GetProperty("access_token").GetString());
        Assert.Equal(2, harness.Sandbox.Dhan.DefaultAccount.TokensMinted);
        Assert.Contains(harness.Logs.GetSnapshot(), e => e.Id.Id == 7005);
    }

    [Fact]
    public async Task Token_check_renews_ahead_of_expiry()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();
        await harness.TokenKeeper.CheckAsync(CancellationToken.None);

        // 24 h token, renewed once less than the default hour remains.
        harness.Sandbox.Clock.Advance(TimeSpan.FromHours(23.5));
        var check = await harness.TokenKeeper.CheckAsync(CancellationToken.None);

        Assert.True(check.Renewed);
        Assert.Equal(2, harness.Sandbox.Dhan.DefaultAccount.TokensMinted);
    }

    [Fact]
    public async Task Failed_token_check_is_logged_and_reported_without_secrets()
    {
        await using var harness = await WebhookHarness.StartDhanAsync(settings => settings["Dhan:Pin"] = "999999");

        var check = await harness.TokenKeeper.CheckAsync(CancellationToken.None);
        var checks = await ReadyChecksAsync(harness, HttpStatusCode.ServiceUnavailable);

        Assert.False(check.Succeeded);
        Assert.False(checks.GetProperty("last_token_check_ok").GetBoolean());
        Assert.Contains(harness.Logs.GetSnapshot(), e => e.Id.Id == 7006);
        Assert.DoesNotContain("999999", harness.Logs.AllText(), StringComparison.Ordinal);
    }

    private static async Task WarmUpAsync(WebhookHarness harness)
    {
        // The background warm-up may still be downloading; the alert path would load it on demand too.
        var gateway = (Broker.Samples.Webhook.Orders.IOrderGateway)harness.App.Services.GetService(typeof(Broker.Samples.Webhook.Orders.IOrderGateway))!;
        await gateway.WarmUpAsync(CancellationToken.None);
    }

    private static async Task<JsonElement> ReadyChecksAsync(WebhookHarness harness, HttpStatusCode expected)
    {
        using var response = await harness.Http.GetAsync("/ready");
        var json = await WebhookHarness.JsonAsync(response);
        Assert.True(expected == response.StatusCode, $"/ready answered {response.StatusCode}: {json}");
        return json.GetProperty("checks");
    }
}
