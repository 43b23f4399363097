using System.Net;
using Broker.Errors;
using RichardSzalay.MockHttp;
using Broker.Testing;

namespace Broker.Abstractions.Tests.Http;

public class HandlerPipelineTests
{
    private const string Ok = "{\"result\":\"ok\"}";

    [Fact]
    public async Task A_401_then_200_renews_the_token_once_and_succeeds()
    {
        using var broker = new TestBroker();
        broker.Mock.Expect(HttpMethod.Get, "https://broker.test/read").WithHeaders("Authorization", "Bearer token-secret-1").Respond(HttpStatusCode.Unauthorized);
        broker.Mock.Expect(HttpMethod.Get, "https://broker.test/read").WithHeaders("Authorization", "Bearer token-secret-2").Respond("application/json", Ok);

        var reply = await broker.ReadAsync();

        Assert.Equal("ok", reply.Result);
        Assert.Equal(2, broker.Provider.Mints);
        broker.Mock.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task A_second_401_raises_an_authentication_exception_after_exactly_two_sends()
    {
        using var broker = new TestBroker();
        var sends = broker.Mock.When(HttpMethod.Get, "https://broker.test/read")
            .Respond(HttpStatusCode.Unauthorized, "application/json", "{\"error\":{\"code\":\"TOKEN_EXPIRED\",\"message\":\"Session expired\"}}");

        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => broker.ReadAsync());

        Assert.Equal(2, broker.Mock.GetMatchCount(sends));
        Assert.Equal(401, ex.StatusCode);
        Assert.Equal("TOKEN_EXPIRED", ex.BrokerErrorCode);
        Assert.Equal("Session expired", ex.BrokerMessage);
        Assert.Equal(2, broker.Provider.Mints);
    }

    [Fact]
    public async Task A_token_expired_error_with_another_status_also_triggers_one_renewal()
    {
        using var broker = new TestBroker();
        broker.Mock.Expect(HttpMethod.Get, "https://broker.test/read").WithHeaders("Authorization", "Bearer token-secret-1")
            .Respond(HttpStatusCode.BadRequest, "application/json", "{\"error\":{\"code\":\"TOKEN_EXPIRED\",\"message\":\"Invalid Token\"}}");
        broker.Mock.Expect(HttpMethod.Get, "https://broker.test/read").WithHeaders("Authorization", "Bearer token-secret-2").Respond("application/json", Ok);

        Assert.Equal("ok", (await broker.ReadAsync()).Result);
        broker.Mock.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task The_request_resent_after_renewal_carries_the_same_body()
    {
        using var broker = new TestBroker();
        var bodies = new List<string>();
        broker.Mock.When(HttpMethod.Post, "https://broker.test/orders").Respond(async request =>
        {
            bodies.Add(await request.Content!.ReadAsStringAsync());
            return bodies.Count == 1
                ? new HttpResponseMessage(HttpStatusCode.Unauthorized)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Ok, System.Text.Encoding.UTF8, "application/json") };
        });

        await broker.PlaceOrderAsync("REF12345");

        Assert.Equal(2, bodies.Count);
        Assert.Equal("{\"ref\":\"REF12345\",\"qty\":5}", bodies[0]);
        Assert.Equal(bodies[0], bodies[1]);
    }

    [Fact]
    public async Task A_GET_is_retried_on_503_and_then_succeeds()
    {
        using var broker = new TestBroker();
        broker.Mock.Expect(HttpMethod.Get, "https://broker.test/read").Respond(HttpStatusCode.ServiceUnavailable);
        broker.Mock.Expect(HttpMethod.Get, "https://broker.test/read").Respond("application/json", Ok);

        Assert.Equal("ok", (await broker.ReadAsync()).Result);
        broker.Mock.VerifyNoOutstandingExpectation();
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task A_GET_is_retried_on_other_transient_statuses(HttpStatusCode status)
    {
        // A 429 also pauses the category; no pause here, so the retry does not wait on the fake clock.
        using var broker = new TestBroker(o => o.ServerThrottlePause = TimeSpan.Zero);
        broker.Mock.Expect(HttpMethod.Get, "https://broker.test/read").Respond(status);
        broker.Mock.Expect(HttpMethod.Get, "https://broker.test/read").Respond("application/json", Ok);

        Assert.Equal("ok", (await broker.ReadAsync()).Result);
    }

    [Fact]
    public async Task A_GET_is_retried_after_a_connection_failure()
    {
        using var broker = new TestBroker();
        broker.Mock.Expect(HttpMethod.Get, "https://broker.test/read").Throw(new HttpRequestException("Connection reset by peer"));
        broker.Mock.Expect(HttpMethod.Get, "https://broker.test/read").Respond("application/json", Ok);

        Assert.Equal("ok", (await broker.ReadAsync()).Result);
    }

    [Fact]
    public async Task Retries_are_bounded_and_the_last_failure_surfaces_typed()
    {
        using var broker = new TestBroker(o => o.Retry.MaxRetryAttempts = 2);
        var sends = broker.Mock.When(HttpMethod.Get, "https://broker.test/read").Respond(HttpStatusCode.ServiceUnavailable, "text/html", "<html>down</html>");

        var ex = await Assert.ThrowsAsync<BrokerApiException>(() => broker.ReadAsync());

        Assert.Equal(3, broker.Mock.GetMatchCount(sends));
        Assert.Equal(503, ex.StatusCode);
        Assert.True(ex.IsTransient);
        Assert.Equal(ErrorCategory.Server, ex.Category);
        Assert.Equal("<html>down</html>", ex.ResponseSnippet);
    }

    [Fact]
    public async Task A_failed_connection_on_a_read_surfaces_as_a_transport_exception_after_retries()
    {
        using var broker = new TestBroker(o => o.Retry.MaxRetryAttempts = 1);
        var sends = broker.Mock.When(HttpMethod.Get, "https://broker.test/read").Throw(new HttpRequestException("Connection refused"));

        var ex = await Assert.ThrowsAsync<BrokerTransportException>(() => broker.ReadAsync());

        Assert.Equal(2, broker.Mock.GetMatchCount(sends));
        Assert.Equal("test.read", ex.Endpoint);
    }

    [Fact]
    public async Task An_order_write_answered_503_is_sent_exactly_once_and_its_outcome_is_unknown()
    {
        using var broker = new TestBroker();
        var sends = broker.Mock.When(HttpMethod.Post, "https://broker.test/orders").Respond(HttpStatusCode.ServiceUnavailable);

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => broker.PlaceOrderAsync("REF12345"));

        Assert.Equal(1, broker.Mock.GetMatchCount(sends));
        Assert.Equal("REF12345", ex.ClientReference);
        Assert.Equal(503, ex.StatusCode);
        Assert.Contains("REF12345", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_write_whose_connection_drops_is_sent_once_and_its_outcome_is_unknown()
    {
        using var broker = new TestBroker();
        var sends = broker.Mock.When(HttpMethod.Post, "https://broker.test/orders").Throw(new HttpRequestException("The response ended prematurely."));

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => broker.PlaceOrderAsync("REF12345"));

        Assert.Equal(1, broker.Mock.GetMatchCount(sends));
        Assert.Null(ex.StatusCode);
        Assert.IsType<HttpRequestException>(ex.InnerException);
    }

    [Fact]
    public async Task A_non_order_write_is_not_retried_either()
    {
        using var broker = new TestBroker();
        var sends = broker.Mock.When(HttpMethod.Post, "https://broker.test/settings").Respond(HttpStatusCode.ServiceUnavailable);

        var ex = await Assert.ThrowsAsync<BrokerApiException>(() => broker.UpdateSettingAsync());

        Assert.Equal(1, broker.Mock.GetMatchCount(sends));
        Assert.Equal(503, ex.StatusCode);
    }

    [Fact]
    public async Task A_definite_refusal_of_an_order_is_an_order_rejected_exception_with_the_brokers_code()
    {
        using var broker = new TestBroker();
        broker.Mock.When(HttpMethod.Post, "https://broker.test/orders")
            .Respond(HttpStatusCode.BadRequest, "application/json", "{\"error\":{\"code\":\"REFUSED\",\"message\":\"Price outside circuit\"}}");

        var ex = await Assert.ThrowsAsync<OrderRejectedException>(() => broker.PlaceOrderAsync("REF12345"));

        Assert.Equal("REFUSED", ex.BrokerErrorCode);
        Assert.Equal("Price outside circuit", ex.BrokerMessage);
        Assert.Equal("REF12345", ex.ClientReference);
        Assert.Equal(400, ex.StatusCode);
    }

    [Fact]
    public async Task A_duplicate_reference_is_reported_as_such_and_not_as_a_rejection()
    {
        using var broker = new TestBroker();
        broker.Mock.When(HttpMethod.Post, "https://broker.test/orders")
            .Respond(HttpStatusCode.BadRequest, "application/json", "{\"error\":{\"code\":\"DUPLICATE\",\"message\":\"Duplicate order reference id\"}}");

        var ex = await Assert.ThrowsAsync<DuplicateClientReferenceException>(() => broker.PlaceOrderAsync("REF12345"));

        Assert.Equal("REF12345", ex.ClientReference);
    }

    [Fact]
    public async Task An_error_envelope_inside_a_200_is_an_error()
    {
        using var broker = new TestBroker();
        broker.Mock.When(HttpMethod.Get, "https://broker.test/read")
            .Respond(HttpStatusCode.OK, "application/json", "{\"error\":{\"code\":\"E7\",\"message\":\"No data\"}}");

        var ex = await Assert.ThrowsAsync<BrokerApiException>(() => broker.ReadAsync());

        Assert.Equal(200, ex.StatusCode);
        Assert.Equal("E7", ex.BrokerErrorCode);
    }

    [Theory]
    [InlineData("text/html", "<html><body>502 Bad Gateway</body></html>")]
    [InlineData("application/json", "")]
    [InlineData("application/json", "{\"result\":")]
    [InlineData("application/json", "[1,2,3]")]
    public async Task An_unreadable_2xx_on_a_read_is_an_api_exception_with_a_snippet_never_a_JsonException(string mediaType, string body)
    {
        using var broker = new TestBroker();
        broker.Mock.When(HttpMethod.Get, "https://broker.test/read").Respond(HttpStatusCode.OK, mediaType, body);

        var ex = await Assert.ThrowsAsync<BrokerApiException>(() => broker.ReadAsync());

        Assert.Equal(ErrorCategory.InvalidResponse, ex.Category);
        Assert.Equal(200, ex.StatusCode);
        Assert.Equal(string.IsNullOrEmpty(body) ? null : body, ex.ResponseSnippet);
    }

    [Fact]
    public async Task An_unreadable_2xx_on_an_order_write_means_the_outcome_is_unknown()
    {
        using var broker = new TestBroker();
        broker.Mock.When(HttpMethod.Post, "https://broker.test/orders").Respond(HttpStatusCode.OK, "application/json", "{\"result\":");

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => broker.PlaceOrderAsync("REF12345"));

        Assert.Equal(200, ex.StatusCode);
    }

    [Fact]
    public async Task A_429_pauses_the_category_for_the_brokers_Retry_After()
    {
        using var broker = new TestBroker();
        broker.Mock.When(HttpMethod.Post, "https://broker.test/orders").Respond(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(3));
            return response;
        });

        var ex = await Assert.ThrowsAsync<BrokerRateLimitException>(() => broker.PlaceOrderAsync("REF12345"));

        Assert.False(ex.IsClientSide);
        Assert.Equal(TimeSpan.FromSeconds(3), ex.RetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(3), broker.Limiter.GetTimeUntilPermit(TestBroker.Orders));
        Assert.Equal(TimeSpan.Zero, broker.Limiter.GetTimeUntilPermit(TestBroker.Reads));
    }

    [Fact]
    public async Task A_retried_GET_after_a_429_waits_for_the_category_pause()
    {
        using var broker = new TestBroker(o => o.ServerThrottlePause = TimeSpan.FromSeconds(2));
        broker.Mock.Expect(HttpMethod.Get, "https://broker.test/read").Respond(HttpStatusCode.TooManyRequests);
        var retry = broker.Mock.Expect(HttpMethod.Get, "https://broker.test/read").Respond("application/json", Ok);

        var reading = broker.ReadAsync();
        await WaitUntilAsync(() => broker.Limiter.GetQueueLength(TestBroker.Reads) == 1);
        broker.Clock.Advance(TimeSpan.FromSeconds(2) - TimeSpan.FromTicks(1));
        Assert.Equal(1, broker.Limiter.GetQueueLength(TestBroker.Reads));
        Assert.Equal(0, broker.Mock.GetMatchCount(retry));
        broker.Clock.Advance(TimeSpan.FromTicks(1));

        Assert.Equal("ok", (await reading).Result);
    }

    [Fact]
    public async Task A_429_without_Retry_After_pauses_for_the_configured_default()
    {
        using var broker = new TestBroker(o => o.ServerThrottlePause = TimeSpan.FromSeconds(2));
        broker.Mock.When(HttpMethod.Post, "https://broker.test/orders").Respond(HttpStatusCode.TooManyRequests);

        await Assert.ThrowsAsync<BrokerRateLimitException>(() => broker.PlaceOrderAsync("REF12345"));

        Assert.Equal(TimeSpan.FromSeconds(2), broker.Limiter.GetTimeUntilPermit(TestBroker.Orders));
    }

    [Fact]
    public async Task Every_attempt_takes_a_rate_limit_permit()
    {
        using var broker = new TestBroker(o => o.Limits[TestBroker.Reads] = [new Broker.RateLimiting.RateLimitWindow(2, TimeSpan.FromSeconds(1))]);
        broker.Mock.Expect(HttpMethod.Get, "https://broker.test/read").Respond(HttpStatusCode.ServiceUnavailable);
        broker.Mock.Expect(HttpMethod.Get, "https://broker.test/read").Respond("application/json", Ok);

        await broker.ReadAsync();
        var third = broker.ReadAsync();

        Assert.False(third.IsCompleted);
        broker.Mock.When(HttpMethod.Get, "https://broker.test/read").Respond("application/json", Ok);
        broker.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("ok", (await third).Result);
    }

    [Fact]
    public async Task Cancelling_while_waiting_for_a_permit_throws_promptly_and_sends_nothing()
    {
        using var broker = new TestBroker(o => o.Limits[TestBroker.Orders] = [new Broker.RateLimiting.RateLimitWindow(1, TimeSpan.FromMinutes(1))]);
        var sends = broker.Mock.When(HttpMethod.Post, "https://broker.test/orders").Respond("application/json", Ok);
        await broker.PlaceOrderAsync("REF00001");
        using var cts = new CancellationTokenSource();

        var waiting = broker.PlaceOrderAsync("REF00002", cts.Token);
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Null(ex.InnerException as OrderOutcomeUnknownException);
        Assert.Equal(1, broker.Mock.GetMatchCount(sends));
        Assert.Equal(0, broker.Limiter.GetQueueLength(TestBroker.Orders));
    }

    [Fact]
    public async Task Cancelling_an_order_write_in_flight_says_the_outcome_is_unknown_inside_the_cancellation()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var broker = new TestBroker(primary: () => new HangingHandler(entered));
        using var cts = new CancellationTokenSource();

        var placing = broker.PlaceOrderAsync("REF12345", cts.Token);
        await entered.Task;
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => placing);
        var unknown = Assert.IsType<OrderOutcomeUnknownException>(ex.InnerException);
        Assert.Equal("REF12345", unknown.ClientReference);
    }

    [Fact]
    public async Task A_read_slower_than_the_timeout_fails_with_a_timeout_naming_the_endpoint_and_the_time()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var broker = new TestBroker(
            o =>
            {
                o.RequestTimeout = TimeSpan.FromSeconds(5);
                o.Retry.MaxRetryAttempts = 0;
            },
            () => new HangingHandler(entered));

        var reading = broker.ReadAsync();
        await entered.Task;
        broker.Clock.Advance(TimeSpan.FromSeconds(5));

        var ex = await Assert.ThrowsAsync<BrokerTimeoutException>(() => reading);
        Assert.Equal(TimeSpan.FromSeconds(5), ex.Timeout);
        Assert.Contains("test.read", ex.Message, StringComparison.Ordinal);
        Assert.Contains("5 s", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_write_slower_than_the_timeout_has_an_unknown_outcome()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var broker = new TestBroker(o => o.RequestTimeout = TimeSpan.FromSeconds(5), () => new HangingHandler(entered));

        var placing = broker.PlaceOrderAsync("REF12345");
        await entered.Task;
        broker.Clock.Advance(TimeSpan.FromSeconds(5));

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => placing);
        Assert.IsType<BrokerTimeoutException>(ex.InnerException);
        Assert.Equal(ErrorCategory.Timeout, ex.Category);
    }

    [Fact]
    public async Task Nothing_logged_or_thrown_contains_the_access_token()
    {
        using var broker = new TestBroker();
        broker.Mock.Expect(HttpMethod.Get, "https://broker.test/read").Respond(HttpStatusCode.Unauthorized);
        broker.Mock.Expect(HttpMethod.Get, "https://broker.test/read").Respond(HttpStatusCode.ServiceUnavailable);
        broker.Mock.Expect(HttpMethod.Get, "https://broker.test/read").Respond("application/json", Ok);
        broker.Mock.When(HttpMethod.Post, "https://broker.test/orders")
            .Respond(HttpStatusCode.BadRequest, "application/json", "{\"error\":{\"code\":\"BAD_INPUT\",\"message\":\"bad\"},\"token\":\"token-secret-2\"}");

        await broker.ReadAsync();
        var ex = await Assert.ThrowsAsync<OrderRejectedException>(() => broker.PlaceOrderAsync("REF12345"));

        Assert.NotEmpty(broker.Logs.GetSnapshot());
        Assert.DoesNotContain("token-secret", broker.Logs.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("token-secret", ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("token-secret", ex.ResponseSnippet!, StringComparison.Ordinal);
        Assert.DoesNotContain("token-secret", broker.Tokens.CurrentToken!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pipeline_logs_a_token_mint_a_renewal_and_a_retry_with_stable_event_ids()
    {
        using var broker = new TestBroker();
        broker.Mock.Expect(HttpMethod.Get, "https://broker.test/read").Respond(HttpStatusCode.Unauthorized);
        broker.Mock.Expect(HttpMethod.Get, "https://broker.test/read").Respond(HttpStatusCode.ServiceUnavailable);
        broker.Mock.Expect(HttpMethod.Get, "https://broker.test/read").Respond("application/json", Ok);

        await broker.ReadAsync();

        Assert.Equal(2, broker.Logs.WithEventId(1001).Count());
        Assert.Single(broker.Logs.WithEventId(1004));
        Assert.Single(broker.Logs.WithEventId(3001));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition(), "the condition was not reached");
    }

    private sealed class HangingHandler(TaskCompletionSource entered) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            entered.TrySetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }
}
