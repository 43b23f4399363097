using System.Net;

namespace Broker.Samples.Webhook.Tests;

/// <summary>An order the broker rejects is reported with the broker's reason, not just its status.</summary>
public sealed class RejectionReasonTests
{
    // Selling shares the demo account does not hold: the broker rejects it for insufficient holdings.
    private static string SellWithoutHoldings(string symbol) =>
        $$"""{"secret": "{{WebhookHarness.Secret}}", "symbol": "{{symbol}}", "exchange": "NSE", "side": "SELL", "quantity": 1, "order_type": "MARKET", "product": "CNC"}""";

    [Fact]
    public async Task A_Groww_rejection_is_reported_with_groww_remark()
    {
        await using var harness = await WebhookHarness.StartGrowwAsync();

        using var response = await harness.PostAlertAsync(SellWithoutHoldings("TCS"));

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var json = await WebhookHarness.JsonAsync(response);
        Assert.Equal("rejected", json.GetProperty("status").GetString());
        var message = json.GetProperty("message").GetString()!;
        Assert.Contains("Insufficient holdings", message, StringComparison.Ordinal);
        Assert.Equal(harness.Sandbox.Groww.DefaultAccount.Orders.Single().RejectionReason is { } reason ? $"Groww rejected the order: {reason} (REJECTED)." : null, message);
    }

    [Fact]
    public async Task A_Dhan_rejection_is_reported_with_the_oms_error_description()
    {
        await using var harness = await WebhookHarness.StartDhanAsync();

        using var response = await harness.PostAlertAsync(SellWithoutHoldings("INFY"));

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var json = await WebhookHarness.JsonAsync(response);
        Assert.Equal("rejected", json.GetProperty("status").GetString());
        Assert.Contains("Insufficient holdings", json.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
