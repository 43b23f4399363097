using System.Diagnostics;
using System.Net;
using Broker.Abstractions.Tests.Http;
using Broker.Diagnostics;
using Broker.Errors;
using Broker.Testing;
using Broker.RateLimiting;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using RichardSzalay.MockHttp;

namespace Broker.Abstractions.Tests.Diagnostics;

/// <summary>
/// Every instrument and span of the shared pipeline, proven through the public API (the invoker) and the real handler
/// chain (AddBrokerAccount's retry, authentication, rate-limit and attempt handlers), with measurements read from the
/// broker's own <see cref="System.Diagnostics.Metrics.IMeterFactory"/>.
/// </summary>
public class PipelineTelemetryTests
{
    private const string Ok = "{\"result\":\"ok\"}";

    [Fact]
    public async Task A_successful_read_counts_one_request_with_its_duration_attempt_and_rate_limit_wait()
    {
        using var broker = new TestBroker();
        using var requests = new MetricCollector<long>(broker.MeterFactory, BrokerDiagnostics.MeterName, "broker.client.requests");
        using var durations = new MetricCollector<double>(broker.MeterFactory, BrokerDiagnostics.MeterName, "broker.client.request.duration");
        using var attempts = new MetricCollector<long>(broker.MeterFactory, BrokerDiagnostics.MeterName, "broker.client.attempts");
        using var waits = new MetricCollector<double>(broker.MeterFactory, BrokerDiagnostics.MeterName, "broker.rate_limit.wait.duration");
        broker.Mock.When(HttpMethod.Get, "https://broker.test/read").Respond("application/json", Ok);

        await broker.ReadAsync();

        var request = Assert.Single(requests.GetMeasurementSnapshot());
        Assert.Equal(1, request.Value);
        Assert.Equal("TestBroker", request.Tags["broker.name"]);
        Assert.Equal("test.read", request.Tags["broker.endpoint"]);
        Assert.Equal("Reads", request.Tags["broker.rate_limit.category"]);
        Assert.Equal("success", request.Tags["broker.outcome"]);
        Assert.Equal(200, request.Tags["http.response.status_code"]);
        Assert.False(request.Tags.ContainsKey("broker.error.code"));

        var duration = Assert.Single(durations.GetMeasurementSnapshot());
        Assert.True(duration.Value >= 0);
        Assert.Equal("success", duration.Tags["broker.outcome"]);
        Assert.Equal("s", durations.Instrument!.Unit);

        var attempt = Assert.Single(attempts.GetMeasurementSnapshot());
        Assert.Equal("success", attempt.Tags["broker.outcome"]);

        var wait = Assert.Single(waits.GetMeasurementSnapshot());
        Assert.Equal("Reads", wait.Tags["broker.rate_limit.category"]);
        Assert.Equal("TestBroker", wait.Tags["broker.name"]);
    }

    [Fact]
    public async Task A_retried_read_is_one_request_span_with_a_child_span_per_attempt()
    {
        using var broker = new TestBroker();
        using var capture = new TelemetryCapture(broker.MeterFactory, BrokerDiagnostics.ActivitySourceName);
        broker.Mock.Expect(HttpMethod.Get, "https://broker.test/read").Respond(HttpStatusCode.ServiceUnavailable);
        broker.Mock.Expect(HttpMethod.Get, "https://broker.test/read").Respond("application/json", Ok);

        await broker.ReadAsync();

        var request = Assert.Single(capture.Of("broker.client.requests"));
        Assert.Equal("success", request.Tags["broker.outcome"]);
        var attempts = capture.Of("broker.client.attempts");
        Assert.Equal(["failed", "success"], attempts.Select(a => (string)a.Tags["broker.outcome"]!));
        Assert.Equal([503, 200], attempts.Select(a => (int)a.Tags["http.response.status_code"]!));

        var span = Assert.Single(capture.SpansNamed("test.read"));
        Assert.Equal(capture.RootSpanId, span.ParentSpanId);
        Assert.Equal("TestBroker", span.GetTagItem("broker.name"));
        Assert.Equal("test.read", span.GetTagItem("broker.endpoint"));
        Assert.Equal("Reads", span.GetTagItem("broker.rate_limit.category"));
        Assert.Equal("success", span.GetTagItem("broker.outcome"));
        Assert.Equal(2, span.GetTagItem("broker.attempts"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);

        var children = capture.SpansNamed("broker.attempt").OrderBy(a => (int)a.GetTagItem("broker.attempt")!).ToList();
        Assert.Equal(2, children.Count);
        Assert.All(children, c => Assert.Equal(span.SpanId, c.ParentSpanId));
        Assert.Equal([1, 2], children.Select(c => (int)c.GetTagItem("broker.attempt")!));
        Assert.Equal(503, children[0].GetTagItem("http.response.status_code"));
        Assert.Equal(ActivityStatusCode.Error, children[0].Status);
        Assert.Equal("Server", children[0].GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Unset, children[1].Status);
    }

    [Fact]
    public async Task A_refused_token_shows_the_mints_as_child_spans_of_the_request_and_counts_them()
    {
        using var broker = new TestBroker();
        using var mints = new MetricCollector<long>(broker.MeterFactory, BrokerDiagnostics.MeterName, "broker.token.mints");
        using var capture = new TelemetryCapture(broker.MeterFactory, BrokerDiagnostics.ActivitySourceName);
        broker.Mock.Expect(HttpMethod.Get, "https://broker.test/read").Respond(HttpStatusCode.Unauthorized);
        broker.Mock.Expect(HttpMethod.Get, "https://broker.test/read").Respond("application/json", Ok);

        await broker.ReadAsync();

        var measured = mints.GetMeasurementSnapshot();
        Assert.Equal(2, measured.Count);
        Assert.All(measured, m =>
        {
            Assert.Equal("success", m.Tags["broker.outcome"]);
            Assert.Equal("test-flow", m.Tags["broker.auth.flow"]);
            Assert.Equal("TestBroker", m.Tags["broker.name"]);
        });

        var request = Assert.Single(capture.SpansNamed("test.read"));
        var mintSpans = capture.SpansNamed("broker.token.mint");
        Assert.Equal(2, mintSpans.Count);
        Assert.All(mintSpans, m => Assert.Equal(request.SpanId, m.ParentSpanId));
        Assert.Contains(mintSpans, m => (string?)m.GetTagItem("broker.token.mint_reason") == "rejected");
        Assert.Contains(mintSpans, m => (string?)m.GetTagItem("broker.token.mint_reason") == "missing_or_expiring");
        Assert.Equal(2, capture.SpansNamed("broker.attempt").Count);
    }

    [Fact]
    public async Task A_failed_mint_is_counted_and_the_request_that_needed_it_is_not_sent()
    {
        using var broker = new TestBroker();
        using var capture = new TelemetryCapture(broker.MeterFactory, BrokerDiagnostics.ActivitySourceName);
        broker.Provider.FailWith = new HttpRequestException("login server down");

        await Assert.ThrowsAsync<BrokerAuthenticationException>(() => broker.ReadAsync());

        var mint = Assert.Single(capture.Of("broker.token.mints"));
        Assert.Equal("failure", mint.Tags["broker.outcome"]);
        Assert.Equal("Authentication", mint.Tags["error.type"]);
        var request = Assert.Single(capture.Of("broker.client.requests"));
        Assert.Equal("not_sent", request.Tags["broker.outcome"]);
        Assert.Empty(capture.Of("broker.client.attempts"));
        var mintSpan = Assert.Single(capture.SpansNamed("broker.token.mint"));
        Assert.Equal(ActivityStatusCode.Error, mintSpan.Status);
        Assert.Equal(ActivityStatusCode.Error, Assert.Single(capture.SpansNamed("test.read")).Status);
    }

    [Fact]
    public async Task A_429_is_counted_as_throttled_with_its_category_and_code()
    {
        using var broker = new TestBroker(o => o.Retry.MaxRetryAttempts = 0);
        using var throttled = new MetricCollector<long>(broker.MeterFactory, BrokerDiagnostics.MeterName, "broker.client.throttled");
        using var requests = new MetricCollector<long>(broker.MeterFactory, BrokerDiagnostics.MeterName, "broker.client.requests");
        broker.Mock.When(HttpMethod.Get, "https://broker.test/read")
            .Respond(HttpStatusCode.TooManyRequests, "application/json", "{\"error\":{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\"}}");

        await Assert.ThrowsAsync<BrokerRateLimitException>(() => broker.ReadAsync());

        var measurement = Assert.Single(throttled.GetMeasurementSnapshot());
        Assert.Equal("Reads", measurement.Tags["broker.rate_limit.category"]);
        Assert.Equal(429, measurement.Tags["http.response.status_code"]);
        Assert.Equal("RATE_LIMITED", measurement.Tags["broker.error.code"]);
        var request = Assert.Single(requests.GetMeasurementSnapshot());
        Assert.Equal(429, request.Tags["http.response.status_code"]);
        Assert.NotEqual("success", request.Tags["broker.outcome"]);
    }

    [Fact]
    public async Task A_client_side_rate_limit_refusal_is_counted_with_its_reason()
    {
        using var broker = new TestBroker(o =>
        {
            o.RateLimitBehavior = RateLimitBehavior.Fail;
            o.Limits[TestBroker.Reads] = [new RateLimitWindow(1, TimeSpan.FromMinutes(1))];
        });
        using var rejections = new MetricCollector<long>(broker.MeterFactory, BrokerDiagnostics.MeterName, "broker.rate_limit.rejections");
        using var requests = new MetricCollector<long>(broker.MeterFactory, BrokerDiagnostics.MeterName, "broker.client.requests");
        broker.Mock.When(HttpMethod.Get, "https://broker.test/read").Respond("application/json", Ok);

        await broker.ReadAsync();
        await Assert.ThrowsAsync<BrokerRateLimitException>(() => broker.ReadAsync());

        var rejection = Assert.Single(rejections.GetMeasurementSnapshot());
        Assert.Equal("exhausted", rejection.Tags["broker.rate_limit.reason"]);
        Assert.Equal("Reads", rejection.Tags["broker.rate_limit.category"]);
        Assert.Equal("TestBroker", rejection.Tags["broker.name"]);
        Assert.Equal(["success", "not_sent"], requests.GetMeasurementSnapshot().Select(m => (string)m.Tags["broker.outcome"]!));
    }

    [Fact]
    public async Task A_request_that_waits_past_the_maximum_wait_is_refused_and_counted_as_max_wait()
    {
        using var broker = new TestBroker(o =>
        {
            o.RateLimitBehavior = RateLimitBehavior.Wait;
            o.MaxRateLimitWait = TimeSpan.FromSeconds(2);
            o.Limits[TestBroker.Reads] = [new RateLimitWindow(1, TimeSpan.FromMinutes(1))];
        });
        using var rejections = new MetricCollector<long>(broker.MeterFactory, BrokerDiagnostics.MeterName, "broker.rate_limit.rejections");
        var read = broker.Mock.When(HttpMethod.Get, "https://broker.test/read");
        read.Respond("application/json", Ok);
        await broker.ReadAsync();

        var waiting = broker.ReadAsync();
        await WaitUntilAsync(() => broker.Limiter.GetQueueLength(TestBroker.Reads) == 1);
        broker.Clock.Advance(TimeSpan.FromSeconds(2) - TimeSpan.FromTicks(1));
        Assert.False(waiting.IsCompleted);
        Assert.Empty(rejections.GetMeasurementSnapshot());
        broker.Clock.Advance(TimeSpan.FromTicks(1));

        var refused = await Assert.ThrowsAsync<BrokerRateLimitException>(() => waiting);
        Assert.True(refused.IsClientSide);
        var rejection = Assert.Single(rejections.GetMeasurementSnapshot());
        Assert.Equal(1, rejection.Value);
        Assert.Equal("max_wait", rejection.Tags["broker.rate_limit.reason"]);
        Assert.Equal("Reads", rejection.Tags["broker.rate_limit.category"]);
        Assert.Equal("TestBroker", rejection.Tags["broker.name"]);
        Assert.Equal(1, broker.Mock.GetMatchCount(read));
    }

    [Fact]
    public async Task An_order_write_whose_outcome_is_unknown_is_counted_and_its_span_names_the_client_reference()
    {
        using var broker = new TestBroker();
        using var unknown = new MetricCollector<long>(broker.MeterFactory, BrokerDiagnostics.MeterName, "broker.order.outcome_unknown");
        using var capture = new TelemetryCapture(broker.MeterFactory, BrokerDiagnostics.ActivitySourceName);
        broker.Mock.When(HttpMethod.Post, "https://broker.test/orders").Respond(HttpStatusCode.BadGateway);

        await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => broker.PlaceOrderAsync("REF-77"));

        var measurement = Assert.Single(unknown.GetMeasurementSnapshot());
        Assert.Equal("test.orders.create", measurement.Tags["broker.endpoint"]);
        Assert.Equal("TestBroker", measurement.Tags["broker.name"]);
        var span = Assert.Single(capture.SpansNamed("test.orders.create"));
        Assert.Equal("REF-77", span.GetTagItem("broker.client_reference"));
        Assert.Equal("Orders", span.GetTagItem("broker.rate_limit.category"));
        Assert.Equal(502, span.GetTagItem("http.response.status_code"));
        Assert.Equal(1, span.GetTagItem("broker.attempts"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Single(capture.SpansNamed("broker.attempt"));
    }

    [Fact]
    public async Task A_read_carries_no_client_reference()
    {
        using var broker = new TestBroker();
        using var capture = new TelemetryCapture(broker.MeterFactory, BrokerDiagnostics.ActivitySourceName);
        broker.Mock.When(HttpMethod.Get, "https://broker.test/read").Respond("application/json", Ok);

        await broker.ReadAsync();

        Assert.Null(Assert.Single(capture.SpansNamed("test.read")).GetTagItem("broker.client_reference"));
    }

    [Fact]
    public async Task A_cancelled_call_is_counted_as_cancelled()
    {
        using var broker = new TestBroker();
        using var requests = new MetricCollector<long>(broker.MeterFactory, BrokerDiagnostics.MeterName, "broker.client.requests");
        using var cts = new CancellationTokenSource();
        broker.Mock.When(HttpMethod.Get, "https://broker.test/read").Respond(async () =>
        {
            await cts.CancelAsync();
            cts.Token.ThrowIfCancellationRequested();
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => broker.ReadAsync(cts.Token));

        Assert.Equal("cancelled", Assert.Single(requests.GetMeasurementSnapshot()).Tags["broker.outcome"]);
    }

    /// <summary>Waits (in real time, bounded) for a signal the code under test gives; never for time to pass on the fake clock.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition(), "the condition was not reached");
    }
}
