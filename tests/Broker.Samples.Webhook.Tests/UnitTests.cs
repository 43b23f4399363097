using System.Collections;
using Broker.Samples.Webhook.Alerts;
using Broker.Samples.Webhook.Configuration;
using Broker.Samples.Webhook.OrderLog;
using Broker.Samples.Webhook.Security;

namespace Broker.Samples.Webhook.Tests;

public sealed class UnitTests
{
    [Fact]
    public void Secret_verifier_accepts_only_the_configured_secret()
    {
        var verifier = new WebhookSecretVerifier(new WebhookOptions { Secret = "configured-secret-123" });

        Assert.True(verifier.IsValid("configured-secret-123"));
        Assert.False(verifier.IsValid("configured-secret-124"));
        Assert.False(verifier.IsValid("configured-secret-1234"));
        Assert.False(verifier.IsValid(null));
    }

    [Theory]
    [InlineData("tvorder01", true)]
    [InlineData("tv-order-01", true)]
    [InlineData("tv-or-de-r1", false)]
    [InlineData("short", false)]
    [InlineData("has space 123", false)]
    [InlineData("abcdefghijklmnopqrstu", false)]
    public void Broker_reference_keeps_a_reference_both_brokers_accept(string reference, bool keptAsIs)
    {
        Assert.Equal(keptAsIs, BrokerReferences.For(reference) == reference);
    }

    [Fact]
    public void Broker_reference_of_an_unusable_reference_is_stable_and_valid_for_both_brokers()
    {
        var first = BrokerReferences.For("strategy A: long @ 09:15");

        Assert.Equal(first, BrokerReferences.For("strategy A: long @ 09:15"));
        Assert.NotEqual(first, BrokerReferences.For("strategy A: long @ 09:16"));
        Assert.True(BrokerReferences.IsAcceptedAsIs(first));
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+91", "'+91")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "line break")]
    [InlineData("RELIANCE", "RELIANCE")]
    public void Csv_cell_is_quoted_flattened_and_guarded_against_formulas(string value, string expected)
    {
        Assert.Equal(expected, CsvCells.Encode(value));
    }

    [Fact]
    public void Csv_row_splits_back_into_its_cells()
    {
        var row = CsvCells.Row(["a", "b,c", "say \"hi\"", null, "=x"]);

        Assert.Equal(["a", "b,c", "say \"hi\"", string.Empty, "'=x"], CsvCells.Split(row));
    }

    [Fact]
    public void Seed_environment_names_map_to_settings()
    {
        var environment = new Hashtable
        {
            ["WEBHOOK_SECRET"] = "s3cret",
            ["ENABLE_DHAN"] = "true",
            ["HEALTH_CHECK_INTERVAL"] = "21600",
            ["CSV_LOG_PATH"] = "/app/webhook_orders.csv",
            ["DHAN_CLIENT_ID"] = "1000000001",
            ["PORT"] = "8080",
        };

        var settings = SeedEnvironmentAliases.Map(environment);

        Assert.Equal("s3cret", settings["Webhook:Secret"]);
        Assert.Equal("true", settings["Webhook:LiveTrading"]);
        Assert.Equal("06:00:00", settings["Webhook:TokenCheck:Interval"]);
        Assert.Equal("/app/webhook_orders.csv", settings["Webhook:OrderLog:Path"]);
        Assert.Equal("1000000001", settings["Dhan:ClientId"]);
        Assert.Equal("8080", settings["HTTP_PORTS"]);
    }

    [Fact]
    public void Live_trading_without_credentials_is_refused_at_start_up()
    {
        var options = new WebhookOptions { Secret = "a-long-enough-secret", Broker = WebhookBroker.Dhan, LiveTrading = true };

        var result = new WebhookOptionsValidator(credentialsConfigured: false).Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("LiveTrading", StringComparison.Ordinal));
    }

    [Fact]
    public void Short_secret_is_refused_without_showing_it()
    {
        var options = new WebhookOptions { Secret = "short", Broker = WebhookBroker.Groww };

        var result = new WebhookOptionsValidator(credentialsConfigured: false).Validate(null, options);

        Assert.True(result.Failed);
        Assert.DoesNotContain(result.Failures!, f => f.Contains("short", StringComparison.Ordinal) && !f.Contains("characters", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("short-secret")]
    [InlineData("has/a/slash-0123456789")]
    [InlineData("has%20escapes-0123456789")]
    public void A_dhan_postback_secret_that_is_short_or_not_a_plain_path_segment_is_refused_without_showing_it(string postbackSecret)
    {
        var options = new WebhookOptions { Secret = "a-long-enough-secret", Broker = WebhookBroker.Dhan, DhanPostbackSecret = postbackSecret };

        var result = new WebhookOptionsValidator(credentialsConfigured: false).Validate(null, options);

        var failure = Assert.Single(result.Failures!);
        Assert.Contains("Webhook:DhanPostbackSecret", failure, StringComparison.Ordinal);
        Assert.DoesNotContain(postbackSecret, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dhan_postback_secret_equal_to_the_webhook_secret_is_refused()
    {
        var options = new WebhookOptions { Secret = "a-long-enough-secret", Broker = WebhookBroker.Dhan, DhanPostbackSecret = "a-long-enough-secret" };

        var result = new WebhookOptionsValidator(credentialsConfigured: false).Validate(null, options);

        Assert.Contains("must differ from Webhook:Secret", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_text_masks_the_secret()
    {
        var options = new WebhookOptions { Secret = "do-not-show-this-secret", Broker = WebhookBroker.Dhan };

        Assert.DoesNotContain("do-not-show-this-secret", options.ToString(), StringComparison.Ordinal);
    }
}
