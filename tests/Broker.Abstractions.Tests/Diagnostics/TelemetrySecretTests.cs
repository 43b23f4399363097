using System.Net;
using Broker.Abstractions.Tests.Http;
using Broker.Diagnostics;
using Broker.Errors;
using Broker.Testing;
using RichardSzalay.MockHttp;

namespace Broker.Abstractions.Tests.Diagnostics;

/// <summary>
/// No tag of any measurement and no attribute of any span carries a secret: canary secrets (an API key, a TOTP seed,
/// the access tokens the flow mints) are planted, the broker echoes them back in its error codes and messages, and
/// every value recorded is searched for them.
/// </summary>
public class TelemetrySecretTests
{
    private const string ApiKey = "CANARYKEY7731";
    private const string TotpSecret = "JBSWY3DPEHPKCANARY";

    [Fact]
    public async Task No_tag_or_span_attribute_carries_a_secret_or_a_token()
    {
        using var broker = new TestBroker(o =>
        {
            o.Secrets.Add(ApiKey);
            o.Secrets.Add(TotpSecret);
        });
        using var capture = new TelemetryCapture(broker.MeterFactory, BrokerDiagnostics.ActivitySourceName);
        var reads = 0;
        broker.Mock.When(HttpMethod.Get, "https://broker.test/read").Respond(_ => ++reads switch
        {
            1 => Json(HttpStatusCode.Unauthorized, "token-secret-1"),
            2 => Json(HttpStatusCode.BadRequest, ApiKey),
            3 => Json(HttpStatusCode.BadRequest, TotpSecret),
            4 => Json(HttpStatusCode.BadRequest, "token-secret-2"),
            _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"result\":\"ok\"}", System.Text.Encoding.UTF8, "application/json") },
        });
        broker.Mock.When(HttpMethod.Post, "https://broker.test/orders").Respond(_ => Json(HttpStatusCode.InternalServerError, ApiKey));

        // 401 (renewed, resent) then 400 echoing the API key; 400 echoing the TOTP seed; 400 echoing the renewed token; success.
        await Assert.ThrowsAnyAsync<BrokerException>(() => broker.ReadAsync());
        await Assert.ThrowsAnyAsync<BrokerException>(() => broker.ReadAsync());
        await Assert.ThrowsAnyAsync<BrokerException>(() => broker.ReadAsync());
        await broker.ReadAsync();
        await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => broker.PlaceOrderAsync("REF-1"));

        var secrets = new[] { ApiKey, TotpSecret, "token-secret" };
        Assert.NotEmpty(capture.Measurements);
        Assert.NotEmpty(capture.Spans);
        Assert.Contains(capture.Of("broker.client.requests"), m => Equals(m.Tags.GetValueOrDefault("broker.error.code"), BrokerTags.OtherErrorCode));
        var values = capture.Measurements.SelectMany(m => m.Tags.Values)
            .Concat(capture.Spans.SelectMany(s => s.TagObjects.Select(t => t.Value)))
            .Concat(capture.Spans.Select(s => s.StatusDescription))
            .Concat(capture.Spans.Select(s => s.DisplayName))
            .Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)
            .ToList();
        Assert.True(values.Count > 50, $"only {values.Count} values were recorded");
        foreach (var value in values)
        {
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, value, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task A_short_known_error_code_is_kept()
    {
        using var broker = new TestBroker(o => o.Secrets.Add(ApiKey));
        using var capture = new TelemetryCapture(broker.MeterFactory, BrokerDiagnostics.ActivitySourceName);
        broker.Mock.When(HttpMethod.Get, "https://broker.test/read").Respond(_ => Json(HttpStatusCode.BadRequest, "BAD_INPUT"));

        await Assert.ThrowsAnyAsync<BrokerException>(() => broker.ReadAsync());

        Assert.Equal("BAD_INPUT", Assert.Single(capture.Of("broker.client.requests")).Tags["broker.error.code"]);
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string code) =>
        new(status)
        {
            Content = new StringContent($"{{\"error\":{{\"code\":\"{code}\",\"message\":\"echo {ApiKey} {TotpSecret} {code}\"}}}}", System.Text.Encoding.UTF8, "application/json"),
        };
}
