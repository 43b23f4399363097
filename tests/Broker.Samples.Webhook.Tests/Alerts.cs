namespace Broker.Samples.Webhook.Tests;

/// <summary>Alert bodies used across the tests.</summary>
internal static class Alerts
{
    public static string MarketBuy(string symbol = "RELIANCE", long quantity = 2, string? reference = null, string secret = WebhookHarness.Secret) =>
        $$"""
        {
          "secret": "{{secret}}",
          "symbol": "{{symbol}}",
          "exchange": "NSE",
          "side": "BUY",
          "quantity": {{quantity}},
          "order_type": "MARKET",
          "product": "CNC"{{(reference is null ? string.Empty : $",\n  \"client_reference\": \"{reference}\"")}}
        }
        """;
}
