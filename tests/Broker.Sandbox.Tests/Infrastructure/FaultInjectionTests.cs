using System.Net;
using System.Text.Json;
using Broker.Sandbox.Tests.Support;
using static Broker.Sandbox.Tests.Support.SandboxTestContext;

namespace Broker.Sandbox.Tests.Infrastructure;

public sealed class FaultInjectionTests
{
    private static object GrowwOrder(string reference) => new
    {
        trading_symbol = "TCS", quantity = 1, price = 3000m, validity = "DAY", exchange = "NSE", segment = "CASH",
        product = "MIS", order_type = "LIMIT", transaction_type = "BUY", order_reference_id = reference,
    };

    [Fact]
    public async Task ResetBeforeResponse_aborts_the_connection_and_does_not_create_the_order()
    {
        await using var t = await StartAsync();
        t.Sandbox.Faults.Inject(SandboxEndpointNames.GrowwOrdersCreate, Fault.ResetBeforeResponse);

        await Assert.ThrowsAsync<HttpRequestException>(() => t.GrowwAsync(HttpMethod.Post, "order/create", GrowwOrder("RESET-REF-01")));

        Assert.Empty(t.Sandbox.Groww.Account(GrowwUcc).Orders);
        var record = Assert.Single(t.Sandbox.Requests.ForEndpoint(SandboxEndpointNames.GrowwOrdersCreate));
        Assert.Equal((0, FaultKind.ResetBeforeResponse), (record.StatusCode, record.Fault));
    }

    [Fact]
    public async Task AcceptThenDrop_creates_the_order_and_then_aborts_the_connection()
    {
        await using var t = await StartAsync();
        t.Sandbox.Faults.Inject(SandboxEndpointNames.GrowwOrdersCreate, Fault.AcceptThenDrop);

        await Assert.ThrowsAsync<HttpRequestException>(() => t.GrowwAsync(HttpMethod.Post, "order/create", GrowwOrder("DROPPED-REF1")));

        Assert.Equal("DROPPED-REF1", Assert.Single(t.Sandbox.Groww.Account(GrowwUcc).Orders).ClientReference);
        using var lookup = await t.GrowwAsync(HttpMethod.Get, "order/status/reference/DROPPED-REF1?segment=CASH");
        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
        using var retry = await t.GrowwAsync(HttpMethod.Post, "order/create", GrowwOrder("DROPPED-REF1"));
        Assert.Equal("GA007", (await retry.ReadAsync()).Str("error.code"));
    }

    [Fact]
    public async Task AcceptThenDrop_on_a_dhan_cancel_cancels_the_order()
    {
        await using var t = await StartAsync();
        t.Sandbox.Market.SetPrice("TCS", 3150m);
        using var placed = await t.DhanAsync(HttpMethod.Post, "orders", $$"""
            {"dhanClientId":"{{DhanClientId}}","transactionType":"BUY","exchangeSegment":"NSE_EQ","productType":"INTRADAY","orderType":"LIMIT",
             "validity":"DAY","securityId":"11536","quantity":1,"price":3000}
            """);
        var orderId = (await placed.ReadAsync()).Str("orderId");
        t.Sandbox.Faults.Inject(SandboxEndpointNames.DhanOrdersCancel, Fault.AcceptThenDrop);

        await Assert.ThrowsAsync<HttpRequestException>(() => t.DhanAsync(HttpMethod.Delete, $"orders/{orderId}"));

        Assert.Equal(SandboxOrderState.Cancelled, t.Sandbox.Dhan.Account(DhanClientId).Orders.Single().State);
    }

    [Fact]
    public async Task Status_answers_with_the_brokers_error_body_for_that_status_without_performing_the_operation()
    {
        await using var t = await StartAsync();
        t.Sandbox.Faults.Inject(SandboxEndpointNames.GrowwOrdersCreate, Fault.Status(503));
        t.Sandbox.Faults.Inject(SandboxEndpointNames.DhanOrdersList, Fault.Status(500));
        t.Sandbox.Faults.Inject(SandboxEndpointNames.DhanQuote, Fault.Status(500));

        using var groww = await t.GrowwAsync(HttpMethod.Post, "order/create", GrowwOrder("STATUS-REF-01"));
        using var dhan = await t.DhanAsync(HttpMethod.Get, "orders");
        using var quote = await t.DhanAsync(HttpMethod.Post, "marketfeed/quote", """{"NSE_EQ":[11536]}""");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, groww.StatusCode);
        Assert.Equal("GA003", (await groww.ReadAsync()).Str("error.code"));
        Assert.Empty(t.Sandbox.Groww.Account(GrowwUcc).Orders);
        Assert.Equal(HttpStatusCode.InternalServerError, dhan.StatusCode);
        Assert.Equal("DH-908", (await dhan.ReadAsync()).Str("errorCode"));
        Assert.Equal("""{"data":{"800":"Internal Server Error"},"status":"failed"}""", await quote.TextAsync());
    }

    [Fact]
    public async Task TooManyRequests_answers_the_brokers_real_429()
    {
        await using var t = await StartAsync();
        t.Sandbox.Faults.Inject(SandboxEndpointNames.DhanProfile, Fault.TooManyRequests);

        using var response = await t.DhanAsync(HttpMethod.Get, "profile");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("DH-904", (await response.ReadAsync()).Str("errorCode"));
    }

    [Fact]
    public async Task MalformedJson_performs_the_operation_and_answers_an_unparseable_body()
    {
        await using var t = await StartAsync();
        t.Sandbox.Faults.Inject(SandboxEndpointNames.GrowwOrdersCreate, Fault.MalformedJson);

        using var response = await t.GrowwAsync(HttpMethod.Post, "order/create", GrowwOrder("GARBLED-REF1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.TextAsync();
        Assert.StartsWith("{\"status\":\"SUCCESS\"", text, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text));
        Assert.Single(t.Sandbox.Groww.Account(GrowwUcc).Orders);
    }

    [Fact]
    public async Task HtmlErrorPage_answers_a_load_balancer_page()
    {
        await using var t = await StartAsync();
        t.Sandbox.Faults.Inject(SandboxEndpointNames.DhanFundLimit, Fault.HtmlErrorPage);

        using var response = await t.DhanAsync(HttpMethod.Get, "fundlimit");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>502 Bad Gateway</title>", await response.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delay_serves_the_request_normally_after_waiting()
    {
        await using var t = await StartAsync();
        t.Sandbox.Faults.Inject(SandboxEndpointNames.GrowwHoldings, Fault.Delay(TimeSpan.FromMilliseconds(20)));

        using var response = await t.GrowwAsync(HttpMethod.Get, "holdings/user");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FaultKind.Delay, t.Sandbox.Requests.ForEndpoint(SandboxEndpointNames.GrowwHoldings).Single().Fault);
    }

    [Fact]
    public async Task A_delay_longer_than_the_client_timeout_makes_the_client_time_out()
    {
        await using var t = await StartAsync();
        t.Sandbox.Faults.Inject(SandboxEndpointNames.GrowwHoldings, Fault.Delay(TimeSpan.FromSeconds(30)));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(t.Sandbox.GrowwApiBaseUri, "holdings/user"));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => t.Http.SendAsync(request, cts.Token));
    }

    [Fact]
    public async Task A_fault_hits_only_the_next_count_requests_of_its_endpoint()
    {
        await using var t = await StartAsync();
        t.Sandbox.Faults.Inject(SandboxEndpointNames.GrowwHoldings, Fault.Status(502), count: 2);

        using var other = await t.GrowwAsync(HttpMethod.Get, "positions/user");
        using var first = await t.GrowwAsync(HttpMethod.Get, "holdings/user");
        Assert.Equal(1, t.Sandbox.Faults.Pending(SandboxEndpointNames.GrowwHoldings));
        using var second = await t.GrowwAsync(HttpMethod.Get, "holdings/user");
        using var third = await t.GrowwAsync(HttpMethod.Get, "holdings/user");

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.BadGateway, HttpStatusCode.BadGateway, HttpStatusCode.OK],
            [other.StatusCode, first.StatusCode, second.StatusCode, third.StatusCode]);
        Assert.Equal(0, t.Sandbox.Faults.Pending(SandboxEndpointNames.GrowwHoldings));
    }

    [Fact]
    public async Task A_prefix_pattern_hits_every_endpoint_under_it()
    {
        await using var t = await StartAsync();
        t.Sandbox.Faults.Inject("dhan.orders.*", Fault.Status(500), count: 2);

        using var list = await t.DhanAsync(HttpMethod.Get, "orders");
        using var get = await t.DhanAsync(HttpMethod.Get, "orders/1");

        Assert.Equal(HttpStatusCode.InternalServerError, list.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, get.StatusCode);
    }

    [Fact]
    public async Task Faults_apply_before_authentication()
    {
        await using var t = await StartAsync();
        t.Sandbox.Faults.Inject(SandboxEndpointNames.DhanGenerateToken, Fault.Status(503));

        using var response = await t.DhanGenerateTokenAsync(DhanClientId, "wrong", "000000");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Injecting_an_unknown_endpoint_name_is_refused()
    {
        await using var t = await StartAsync();

        Assert.Throws<ArgumentException>(() => t.Sandbox.Faults.Inject("groww.orders.place", Fault.ResetBeforeResponse));
    }

    [Fact]
    public async Task Clear_removes_waiting_faults()
    {
        await using var t = await StartAsync();
        t.Sandbox.Faults.Inject(SandboxEndpointNames.GrowwHoldings, Fault.Status(500), count: 5);

        t.Sandbox.Faults.Clear();

        using var response = await t.GrowwAsync(HttpMethod.Get, "holdings/user");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
