using System.Net;
using Broker.Dhan.Orders;
using Broker.Dhan.Tests.TestSupport;
using Broker.Errors;
using Broker.Testing;

namespace Broker.Dhan.Tests.Orders;

public sealed class IdempotentPlacementTests : IDisposable
{
    // No request timeout, so the only timer on the fake clock is the settle window's wait between look-ups.
    private readonly DhanTestHost _host = new(o => o.RequestTimeout = Timeout.InfiniteTimeSpan);

    private static DhanPlaceOrderRequest Order(string? correlationId) => new()
    {
        SecurityId = "1333",
        ExchangeSegment = DhanExchangeSegment.NseEquity,
        TransactionType = DhanTransactionType.Buy,
        Quantity = 5,
        OrderType = DhanOrderType.Limit,
        ProductType = DhanProductType.Intraday,
        Price = 1500.5m,
        CorrelationId = correlationId,
    };

    [Fact]
    public async Task Existing_order_is_returned_as_already_placed_and_nothing_is_posted()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "orders/external/abc-123_X", OrderSamples.Order);

        var placement = await _host.Client.Orders.PlaceOrderIdempotentAsync(Order("abc-123_X"));

        Assert.True(placement.AlreadyPlaced);
        Assert.Equal("112111182198", placement.OrderId);
        Assert.Equal(DhanOrderStatus.Pending, placement.OrderStatus);
        Assert.Equal("abc-123_X", placement.CorrelationId);
        Assert.Equal("HDFCBANK", placement.ExistingOrder!.TradingSymbol);
        Assert.DoesNotContain(_host.Requests, r => r.Method == HttpMethod.Post);
        Assert.Single(_host.Logs.WithEventId(5004));
    }

    [Fact]
    public async Task Unknown_correlation_id_answered_with_404_places_the_order()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "orders/external/new-ref",
            """{"errorType":"Order_Error","errorCode":"DH-906","errorMessage":"Incorrect request for order and cannot be processed"}""", HttpStatusCode.NotFound);
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "orders", "[]");
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "orders", """{"orderId":"77","orderStatus":"TRANSIT"}""");

        var placement = await _host.Client.Orders.PlaceOrderIdempotentAsync(Order("new-ref"));

        Assert.False(placement.AlreadyPlaced);
        Assert.Equal("77", placement.OrderId);
        Assert.Equal(["/v2/orders/external/new-ref", "/v2/orders", "/v2/orders"], _host.Requests.Select(r => r.Uri.AbsolutePath));
        Assert.Equal([HttpMethod.Get, HttpMethod.Get, HttpMethod.Post], _host.Requests.Select(r => r.Method));
        Assert.Contains("\"correlationId\":\"new-ref\"", _host.Requests[2].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_correlation_id_answered_with_empty_array_places_the_order()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "orders/external/new-ref", "[]");
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "orders", "[]");
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "orders", """{"orderId":"78","orderStatus":"TRANSIT"}""");

        var placement = await _host.Client.Orders.PlaceOrderIdempotentAsync(Order("new-ref"));

        Assert.Equal("78", placement.OrderId);
    }

    [Fact]
    public async Task Without_correlation_id_one_is_generated_and_no_lookup_is_made()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "orders", """{"orderId":"79","orderStatus":"TRANSIT"}""");

        var placement = await _host.Client.Orders.PlaceOrderIdempotentAsync(Order(null));

        Assert.Equal(HttpMethod.Post, _host.Single.Method);
        Assert.False(string.IsNullOrEmpty(placement.CorrelationId));
    }

    [Fact]
    public async Task A_failed_lookup_does_not_place_the_order()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "orders/external/ref", """{"errorType":"Input_Exception","errorCode":"DH-905","errorMessage":"bad"}""", HttpStatusCode.BadRequest);

        await Assert.ThrowsAsync<BrokerApiException>(() => _host.Client.Orders.PlaceOrderIdempotentAsync(Order("ref")));

        Assert.DoesNotContain(_host.Requests, r => r.Method == HttpMethod.Post);
    }

    [Fact]
    public async Task Transport_failure_after_sending_is_outcome_unknown_carrying_the_correlation_id()
    {
        _host.Mock.When(HttpMethod.Post, DhanTestHost.Api + "orders").Throw(new HttpRequestException("connection reset"));

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => _host.Client.Orders.PlaceOrderAsync(Order("ref-9")));

        Assert.Equal("ref-9", ex.ClientReference);
    }

    [Fact]
    public async Task Gateway_error_on_placement_is_outcome_unknown_and_not_retried()
    {
        var calls = 0;
        _host.Mock.When(HttpMethod.Post, DhanTestHost.Api + "orders").Respond(req =>
        {
            calls++;
            return _host.Answer(req, HttpStatusCode.BadGateway, "<html><body>502 Bad Gateway</body></html>", "text/html");
        });

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => _host.Client.Orders.PlaceOrderAsync(Order("ref-10")));

        Assert.Equal("ref-10", ex.ClientReference);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Definite_refusal_is_order_rejected_with_code_and_reference()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "orders",
            """{"errorType":"Input_Exception","errorCode":"DH-905","errorMessage":"Invalid Price for orderType"}""", HttpStatusCode.BadRequest);

        var ex = await Assert.ThrowsAsync<OrderRejectedException>(() => _host.Client.Orders.PlaceOrderAsync(Order("ref-11")));

        Assert.Equal("DH-905", ex.BrokerErrorCode);
        Assert.Equal("Input_Exception", ex.BrokerErrorType);
        Assert.Equal("Invalid Price for orderType", ex.BrokerMessage);
        Assert.Equal("ref-11", ex.ClientReference);
        Assert.Equal(400, ex.StatusCode);
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task An_order_in_transit_missing_from_the_correlation_lookup_is_found_in_the_order_book()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "orders/external/intransit1",
            """{"errorType":"Order_Error","errorCode":"DH-906","errorMessage":"Incorrect request for order and cannot be processed"}""", HttpStatusCode.NotFound);
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "orders", $"[{OrderSamples.Order.Replace("\"correlationId\":\"abc-123_X\"", "\"correlationId\":\"intransit1\"", StringComparison.Ordinal)}]");

        var placement = await _host.Client.Orders.PlaceOrderIdempotentAsync(Order("intransit1"));

        Assert.True(placement.AlreadyPlaced);
        Assert.Equal("112111182198", placement.OrderId);
        Assert.DoesNotContain(_host.Requests, r => r.Method == HttpMethod.Post);
    }

    [Fact]
    public async Task After_an_unknown_outcome_the_lookups_are_repeated_until_the_order_shows_within_the_settle_window()
    {
        var lookups = 0;
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "orders/external/settling01", "[]");
        _host.Mock.When(HttpMethod.Get, DhanTestHost.Api + "orders").Respond(request =>
            _host.Answer(request, HttpStatusCode.OK, Interlocked.Increment(ref lookups) < 3 ? "[]" : $"[{OrderSamples.Order.Replace("\"correlationId\":\"abc-123_X\"", "\"correlationId\":\"settling01\"", StringComparison.Ordinal)}]", "application/json"));
        var previous = new OrderOutcomeUnknownException("settling01", "timed out") { OccurredAt = _host.Time.GetUtcNow() };

        var placing = _host.Client.Orders.PlaceOrderIdempotentAsync(Order(null), previous);
        await AdvanceUntilDoneAsync(placing);
        var placement = await placing;

        Assert.True(placement.AlreadyPlaced);
        Assert.Equal("settling01", placement.CorrelationId);
        Assert.Equal(3, lookups);
        Assert.DoesNotContain(_host.Requests, r => r.Method == HttpMethod.Post);
    }

    [Fact]
    public async Task An_order_still_missing_when_the_settle_window_ends_is_placed_once()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "orders/external/settling02", "[]");
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "orders", "[]");
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "orders", """{"orderId":"91","orderStatus":"TRANSIT"}""");
        var previous = new OrderOutcomeUnknownException("settling02", "timed out") { OccurredAt = _host.Time.GetUtcNow() };

        var placing = _host.Client.Orders.PlaceOrderIdempotentAsync(Order(null), previous);
        await AdvanceUntilDoneAsync(placing);
        var placement = await placing;

        Assert.False(placement.AlreadyPlaced);
        Assert.Equal("91", placement.OrderId);
        Assert.Single(_host.Requests, r => r.Method == HttpMethod.Post);
        Assert.Contains("\"correlationId\":\"settling02\"", _host.Requests.Single(r => r.Method == HttpMethod.Post).Body, StringComparison.Ordinal);
        Assert.True(_host.Requests.Count(r => r.Uri.AbsolutePath == "/v2/orders" && r.Method == HttpMethod.Get) >= 6, "looked again through the whole window");
    }

    [Fact]
    public async Task An_unknown_outcome_long_past_needs_no_wait()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "orders/external/oldretry01", "[]");
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "orders", "[]");
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "orders", """{"orderId":"92","orderStatus":"TRANSIT"}""");
        var previous = new OrderOutcomeUnknownException("oldretry01", "timed out") { OccurredAt = _host.Time.GetUtcNow() - TimeSpan.FromMinutes(10) };

        var placement = await _host.Client.Orders.PlaceOrderIdempotentAsync(Order(null), previous);

        Assert.Equal("92", placement.OrderId);
        Assert.Equal(3, _host.Requests.Count);
    }

    [Fact]
    public async Task A_retry_whose_correlation_id_differs_from_the_previous_attempt_is_refused()
    {
        var previous = new OrderOutcomeUnknownException("first-ref", "timed out") { OccurredAt = _host.Time.GetUtcNow() };

        var error = await Assert.ThrowsAsync<BrokerValidationException>(() => _host.Client.Orders.PlaceOrderIdempotentAsync(Order("other-ref"), previous));

        Assert.Equal("CorrelationId", error.ParameterName);
        Assert.Empty(_host.Requests);
    }

    /// <summary>
    /// Moves the fake clock in the poll interval's steps until the call completes, each step only once the call is parked
    /// on its wait (a pending timer), so that no step is lost (bounded in real time).
    /// </summary>
    private async Task AdvanceUntilDoneAsync(Task call)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!call.IsCompleted && DateTime.UtcNow < deadline)
        {
            if (_host.Time.ActiveTimerCount > 0)
            {
                _host.Time.Advance(TimeSpan.FromMilliseconds(250));
            }
            else
            {
                await Task.WhenAny(call, Task.Delay(1));
            }
        }
    }
}
