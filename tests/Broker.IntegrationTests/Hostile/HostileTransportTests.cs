using System.Net;
using System.Text.Json;
using Broker.Errors;
using Broker.Testing;

namespace Broker.IntegrationTests.Hostile;

/// <summary>
/// Failures below the answer: whatever the transport or a handler throws after an order may have left the machine is
/// "outcome unknown"; on a read it is a typed transport or invalid-response exception. Nothing raw escapes. Bodies are
/// bounded (see <see cref="HostileMemoryTests"/>).
/// </summary>
public sealed class HostileTransportTests
{
    public static TheoryData<string, string> BrokersAndFailures()
    {
        var data = new TheoryData<string, string>();
        foreach (var broker in new[] { "Groww", "Dhan" })
        {
            foreach (var failure in new[] { "InvalidOperation", "ArgumentOutOfRange", "InvalidData", "Format", "Json", "Overflow", "HttpRequest", "IO", "KeyNotFound" })
            {
                data.Add(broker, failure);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BrokersAndFailures))]
    public async Task Any_exception_below_an_order_write_is_outcome_unknown(string broker, string failure)
    {
        await using var target = HostileTarget.Create(broker, (_, c) => Task.CompletedTask, primary: () => new FailingHandler(failure)).Start();

        var unknown = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => target.PlaceOrderAsync("THROWN000001"));

        Assert.Equal("THROWN000001", unknown.ClientReference);
        Assert.False(unknown.IsTransient);
        Assert.Equal(broker, unknown.Broker);
    }

    [Theory]
    [MemberData(nameof(BrokersAndFailures))]
    public async Task Any_exception_below_a_read_is_a_typed_broker_exception(string broker, string failure)
    {
        await using var target = HostileTarget.Create(broker, (_, c) => Task.CompletedTask, primary: () => new FailingHandler(failure)).Start();

        var error = await Assert.ThrowsAnyAsync<BrokerException>(() => target.ReadAsync());

        Assert.True(error is BrokerTransportException or BrokerApiException, $"{error.GetType().Name}: {error.Message}");
        Assert.Equal(broker, error.Broker);
    }

    [Theory]
    [MemberData(nameof(HostileTarget.Brokers), MemberType = typeof(HostileTarget))]
    public async Task A_declared_length_over_the_cap_is_refused_before_reading(string broker)
    {
        await using var target = HostileTarget.Create(
            broker,
            async (_, c) =>
            {
                await c.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 209715200\r\n\r\n{");
                await c.WriteZerosAsync(1024 * 1024);
            },
            o => o.MaxResponseBytes = 1024 * 1024).Start();

        var unknown = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => target.PlaceOrderAsync("HUGE00000001"));

        Assert.Equal(ErrorCategory.InvalidResponse, unknown.Category);
        Assert.Equal(200, unknown.StatusCode);
    }

    public static TheoryData<string, string> BrokersAndRetryAfters()
    {
        var data = new TheoryData<string, string>();
        foreach (var broker in new[] { "Groww", "Dhan" })
        {
            foreach (var value in new[] { "0", "-5", "garbage", "1000000000", "99999999999999999999", "Wed, 01 Jan 2099 00:00:00 GMT", "Thu, 01 Jan 1970 00:00:00 GMT", "1.5", "" })
            {
                data.Add(broker, value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BrokersAndRetryAfters))]
    public async Task Any_retry_after_value_is_clamped_and_never_poisons_the_category(string broker, string retryAfter)
    {
        var answered = 0;
        HostileTarget? t = null;
        await using var target = t = HostileTarget.Create(
            broker,
            (_, c) => Interlocked.Increment(ref answered) == 1
                ? c.WriteAsync(RawHttpServer.Response(429, t!.ErrorBody(t.Broker == "Groww" ? "GA003" : "DH-904", "Too many requests"), "application/json", $"Retry-After: {retryAfter}"))
                : c.WriteAsync(RawHttpServer.Response(200, t!.ReadBody())),
            o =>
            {
                o.MaxServerPause = TimeSpan.FromMilliseconds(200);
                o.ServerThrottlePause = TimeSpan.FromMilliseconds(50);
                o.Retry.MaxRetryAttempts = 0;
            }).Start();

        var limited = await Assert.ThrowsAsync<BrokerRateLimitException>(() => target.ReadAsync());
        Assert.True(target.Limiter.GetTimeUntilPermit(target.ReadCategory) <= TimeSpan.FromMilliseconds(200));
        Assert.True(limited.RetryAfter is null || limited.RetryAfter <= TimeSpan.FromMilliseconds(200));

        await target.ReadAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Theory]
    [MemberData(nameof(HostileTarget.Brokers), MemberType = typeof(HostileTarget))]
    public async Task A_malformed_answer_header_to_an_order_is_outcome_unknown(string broker)
    {
        await using var target = HostileTarget.Create(broker, (_, c) => c.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nBad Header Line Without Colon\r\nContent-Length: 2\r\n\r\n{}")).Start();

        var unknown = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => target.PlaceOrderAsync("BADHEAD00001"));

        Assert.False(unknown.IsTransient);
    }

    /// <summary>A primary handler that answers Groww's token mint and fails every other request in a chosen way.</summary>
    private sealed class FailingHandler(string failure) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath == "/v1/token/api/access")
            {
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
                {
                    Content = new StringContent("""{"token":"CanaryGrowwAccessTokenZ7M2","expiry":"2099-01-01T06:00:00+05:30"}""", System.Text.Encoding.UTF8, "application/json"),
                });
            }

            throw failure switch
            {
                "InvalidOperation" => new InvalidOperationException("handler state broken"),
                "ArgumentOutOfRange" => new ArgumentOutOfRangeException(nameof(request), "value out of range"),
                "InvalidData" => new InvalidDataException("The archive entry was compressed using an unsupported compression method."),
                "Format" => new FormatException("bad format"),
                "Json" => new JsonException("bad json"),
                "Overflow" => new OverflowException("overflow"),
                "HttpRequest" => new HttpRequestException("connection reset by peer"),
                "IO" => new IOException("broken pipe"),
                "KeyNotFound" => new KeyNotFoundException("a bug in a handler"),
                _ => new NotSupportedException(failure),
            };
        }
    }
}
