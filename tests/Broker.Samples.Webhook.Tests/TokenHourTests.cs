using System.Net;
using Broker.Sandbox;
using Broker.Testing;
using Broker.Time;

namespace Broker.Samples.Webhook.Tests;

/// <summary>
/// The hour before Groww's daily 06:00 IST token expiry, on the sandbox's clock moved to 05:00, 05:59:30 and 06:00:05
/// IST, with concurrent alerts at each instant and a sandbox that refuses a TOTP code used twice (as Groww does):
/// every valid alert is placed, a token is minted once per lifetime whatever the renew-ahead setting, and the token
/// check calls the TOTP token renewable.
/// </summary>
public sealed class TokenHourTests
{
    private static readonly string[] Symbols = ["RELIANCE", "TCS", "INFY", "HDFCBANK"];

    /// <summary>Renew-ahead settings and the mints from 05:00 to 06:00:05.</summary>
    /// <remarks>
    /// An hour or more: the 05:00 token is born inside the margin and serves until 06:00; one more at 06:00:05.
    /// Five minutes: the 05:00 token (an hour of life) is renewed ahead once at 05:59:30, then one more at 06:00:05.
    /// </remarks>
    public static TheoryData<string, int> Margins => new() { { "01:00:00", 2 }, { "03:00:00", 2 }, { "00:05:00", 3 } };

    private static string Buy(int n) =>
        $$"""{"secret": "{{WebhookHarness.Secret}}", "symbol": "{{Symbols[n % Symbols.Length]}}", "exchange": "NSE", "side": "BUY", "quantity": 1, "order_type": "MARKET", "product": "CNC"}""";

    private static int Mints(WebhookHarness harness) =>
        harness.Sandbox.Requests.Snapshot().Count(r => r.Endpoint == SandboxEndpointNames.GrowwAuthToken && r.StatusCode == 200);

    private static async Task<IReadOnlyList<HttpStatusCode>> BurstAsync(WebhookHarness harness, int count)
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, count).Select(i => Task.Run(() => harness.PostAlertAsync(Buy(i)))));
        var statuses = responses.Select(r => r.StatusCode).ToList();
        foreach (var response in responses)
        {
            response.Dispose();
        }

        return statuses;
    }

    [Theory]
    [MemberData(nameof(Margins))]
    public async Task Every_alert_of_the_last_hour_is_placed_with_one_mint_per_token(string renewBeforeExpiry, int expectedMints)
    {
        await using var harness = await WebhookHarness.StartGrowwAsync(
            s => s["Webhook:TokenCheck:RenewBeforeExpiry"] = renewBeforeExpiry,
            sandbox => sandbox.Groww.RefuseReusedTotpCodes = true);
        var fiveAm = IndianTime.NextOccurrence(harness.Sandbox.Clock.GetUtcNow(), new TimeOnly(5, 0));

        harness.Sandbox.Clock.SetUtcNow(fiveAm);
        var atFive = await BurstAsync(harness, 16);
        var mintsAtFive = Mints(harness);
        var checkAtFive = await harness.TokenKeeper.CheckAsync(CancellationToken.None);

        harness.Sandbox.Clock.SetUtcNow(fiveAm + TimeSpan.FromMinutes(59) + TimeSpan.FromSeconds(30));
        var beforeSix = await BurstAsync(harness, 16);

        harness.Sandbox.Clock.SetUtcNow(fiveAm + TimeSpan.FromHours(1) + TimeSpan.FromSeconds(5));
        var afterSix = await BurstAsync(harness, 16);
        // The keeper waits for any renewal in flight, so the count below is final.
        await harness.TokenKeeper.CheckAsync(CancellationToken.None);

        Assert.All(atFive.Concat(beforeSix).Concat(afterSix), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(48, harness.Sandbox.Groww.DefaultAccount.Orders.Count);
        Assert.Equal(1, mintsAtFive);
        Assert.Equal(expectedMints, Mints(harness));
        Assert.DoesNotContain(harness.Sandbox.Requests.Snapshot(), r => r.Endpoint == SandboxEndpointNames.GrowwAuthToken && r.StatusCode != 200);
        Assert.True(checkAtFive.Succeeded, checkAtFive.Message);
        Assert.Contains("renewable (totp)", checkAtFive.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot be renewed", checkAtFive.Message, StringComparison.Ordinal);
        Assert.False(harness.Logs.AllText().Contains("cannot be renewed automatically", StringComparison.Ordinal), "a TOTP token is renewable");
    }
}
