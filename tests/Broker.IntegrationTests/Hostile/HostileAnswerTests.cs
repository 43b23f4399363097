using System.IO.Compression;
using Broker.Errors;
using Broker.Testing;

namespace Broker.IntegrationTests.Hostile;

/// <summary>
/// What a hostile broker's answers mean, classified once: an order write is "rejected" only on a definite refusal;
/// redirects, unknown codes, 5xx, unreadable or undecodable answers and dropped connections leave its outcome unknown;
/// a read gets a typed exception. Both brokers, over real sockets.
/// </summary>
public sealed class HostileAnswerTests
{
    public static TheoryData<string, int> BrokersAndRedirects()
    {
        var data = new TheoryData<string, int>();
        foreach (var broker in new[] { "Groww", "Dhan" })
        {
            foreach (var status in new[] { 301, 302, 303, 307, 308 })
            {
                data.Add(broker, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BrokersAndRedirects))]
    public async Task A_redirect_to_an_order_write_is_outcome_unknown_and_is_not_followed(string broker, int status)
    {
        await using var elsewhere = new RawHttpServer((_, c) => c.WriteAsync(RawHttpServer.Response(200, "{}")));
        await using var target = HostileTarget.Create(broker, (_, c) => c.WriteAsync(RawHttpServer.Response(status, "{}", "application/json", $"Location: {elsewhere.BaseAddress}orders"))).Start();

        var unknown = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => target.PlaceOrderAsync("REDIRECT0001"));

        Assert.Equal("REDIRECT0001", unknown.ClientReference);
        Assert.Equal(status, unknown.StatusCode);
        Assert.False(unknown.IsTransient);
        Assert.Single(target.Server.Requests, r => r.Path == target.OrderPath);
        Assert.Empty(elsewhere.Requests);
    }

    [Theory]
    [MemberData(nameof(BrokersAndRedirects))]
    public async Task A_redirect_to_a_read_is_a_typed_invalid_response_and_is_not_followed(string broker, int status)
    {
        await using var elsewhere = new RawHttpServer((_, c) => c.WriteAsync(RawHttpServer.Response(200, "{}")));
        await using var target = HostileTarget.Create(broker, (_, c) => c.WriteAsync(RawHttpServer.Response(status, "{}", "application/json", $"Location: {elsewhere.BaseAddress}x"))).Start();

        var error = await Assert.ThrowsAsync<BrokerApiException>(() => target.ReadAsync());

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(ErrorCategory.InvalidResponse, error.Category);
        Assert.Single(target.Server.Requests, r => r.Path == target.ReadPath);
        Assert.Empty(elsewhere.Requests);
    }

    [Theory]
    [MemberData(nameof(HostileTarget.Brokers), MemberType = typeof(HostileTarget))]
    public async Task A_known_refusal_code_rejects_the_order(string broker)
    {
        HostileTarget? t = null;
        await using var target = t = HostileTarget.Create(broker, (_, c) => c.WriteAsync(RawHttpServer.Response(400, t!.ErrorBody(t.RefusalCode, "Invalid price")))).Start();

        var rejected = await Assert.ThrowsAsync<OrderRejectedException>(() => target.PlaceOrderAsync("REFUSED00001"));

        Assert.Equal(400, rejected.StatusCode);
        Assert.Equal(target.RefusalCode, rejected.BrokerErrorCode);
        Assert.Equal("Invalid price", rejected.BrokerMessage);
        Assert.Equal("REFUSED00001", rejected.ClientReference);
    }

    public static TheoryData<string, int, string> UnclearAnswers() => new()
    {
        // An unknown code, even with a 4xx.
        { "Groww", 400, "unknown-code" },
        { "Dhan", 400, "unknown-code" },

        // A refusal code with a 5xx status: a gateway may have produced it after the order went through.
        { "Groww", 503, "refusal-code" },
        { "Dhan", 502, "refusal-code" },

        // An error envelope without a code inside a 200.
        { "Groww", 200, "no-code" },
        { "Dhan", 200, "no-code" },

        // An HTML page, and an empty body, with a 4xx.
        { "Groww", 403, "html" },
        { "Dhan", 404, "empty" },

        // A 200 that is not the documented JSON, and one without the order id.
        { "Groww", 200, "garbage" },
        { "Dhan", 200, "no-order-id" },
        { "Groww", 200, "no-order-id" },
        { "Dhan", 200, "truncated" },
    };

    [Theory]
    [MemberData(nameof(UnclearAnswers))]
    public async Task An_answer_that_does_not_prove_a_refusal_leaves_the_order_outcome_unknown(string broker, int status, string kind)
    {
        HostileTarget? t = null;
        await using var target = t = HostileTarget.Create(broker, (_, c) => c.WriteAsync(kind switch
        {
            "unknown-code" => RawHttpServer.Response(status, t!.ErrorBody(t.UnknownCode, "Something new")),
            "refusal-code" => RawHttpServer.Response(status, t!.ErrorBody(t.RefusalCode, "Invalid price")),
            "no-code" => RawHttpServer.Response(status, t!.Broker == "Groww" ? """{"status":"FAILURE"}""" : """{"status":"failed","message":"try later"}"""),
            "html" => RawHttpServer.Response(status, "<html><body>Forbidden</body></html>", "text/html"),
            "empty" => RawHttpServer.Response(status, string.Empty),
            "garbage" => RawHttpServer.Response(status, "{\"status\":\"SUCCESS\",\"payload\":{\"groww_order_id\":", "application/json"),
            "no-order-id" => RawHttpServer.Response(status, t!.Broker == "Groww" ? """{"status":"SUCCESS","payload":{"order_status":"OPEN"}}""" : """{"orderStatus":"TRANSIT"}"""),
            "truncated" => RawHttpServer.Response(status, "{\"orderId\":\"12\",\"orderSta", "application/json"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        })).Start();

        var unknown = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => target.PlaceOrderAsync("UNCLEAR00001"));

        Assert.Equal("UNCLEAR00001", unknown.ClientReference);
        Assert.Equal(status, unknown.StatusCode);
        Assert.False(unknown.IsTransient);
        Assert.Equal(broker, unknown.Broker);
        Assert.Single(target.Server.Requests, r => r.Path == target.OrderPath);
    }

    [Theory]
    [MemberData(nameof(HostileTarget.Brokers), MemberType = typeof(HostileTarget))]
    public async Task An_order_write_whose_connection_closes_after_the_request_is_outcome_unknown(string broker)
    {
        await using var target = HostileTarget.Create(broker, (_, c) =>
        {
            c.Close();
            return Task.CompletedTask;
        }).Start();

        var unknown = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => target.PlaceOrderAsync("CLOSED000001"));

        Assert.Null(unknown.StatusCode);
        Assert.Equal(ErrorCategory.Network, unknown.Category);
        Assert.Single(target.Server.Requests, r => r.Path == target.OrderPath);
    }

    [Theory]
    [MemberData(nameof(HostileTarget.Brokers), MemberType = typeof(HostileTarget))]
    public async Task An_answer_cut_off_mid_body_is_outcome_unknown_for_an_order(string broker)
    {
        await using var target = HostileTarget.Create(broker, async (_, c) =>
        {
            await c.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"status\":\"SUCC");
            c.Close();
        }).Start();

        var unknown = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => target.PlaceOrderAsync("CUTOFF000001"));

        Assert.Equal(200, unknown.StatusCode);
    }

    [Theory]
    [MemberData(nameof(HostileTarget.Brokers), MemberType = typeof(HostileTarget))]
    public async Task Compressed_garbage_to_an_order_is_outcome_unknown_and_never_a_raw_invalid_data_exception(string broker)
    {
        await using var target = HostileTarget.Create(broker, (_, c) => c.WriteAsync(RawHttpServer.Response(200, "this is not gzip at all, not even close"u8.ToArray(), "application/json", "Content-Encoding: gzip"))).Start();

        var unknown = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => target.PlaceOrderAsync("GARBAGE00001"));

        Assert.Equal(ErrorCategory.InvalidResponse, unknown.Category);
        Assert.False(unknown.IsTransient);
    }

    [Theory]
    [MemberData(nameof(HostileTarget.Brokers), MemberType = typeof(HostileTarget))]
    public async Task Compressed_garbage_to_a_read_is_retried_and_then_a_typed_invalid_response(string broker)
    {
        await using var target = HostileTarget.Create(broker, (_, c) => c.WriteAsync(RawHttpServer.Response(200, "not gzip"u8.ToArray(), "application/json", "Content-Encoding: gzip"))).Start();

        var error = await Assert.ThrowsAsync<BrokerApiException>(() => target.ReadAsync());

        Assert.Equal(ErrorCategory.InvalidResponse, error.Category);
        Assert.Equal(4, target.Server.Requests.Count(r => r.Path == target.ReadPath));
    }

    [Theory]
    [MemberData(nameof(HostileTarget.Brokers), MemberType = typeof(HostileTarget))]
    public async Task A_valid_gzip_answer_is_read(string broker)
    {
        HostileTarget? t = null;
        await using var target = t = HostileTarget.Create(broker, (_, c) => c.WriteAsync(RawHttpServer.Response(200, Gzip(t!.ReadBody()), "application/json", "Content-Encoding: gzip"))).Start();

        await target.ReadAsync();

        Assert.Single(target.Server.Requests, r => r.Path == target.ReadPath);
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }
}
