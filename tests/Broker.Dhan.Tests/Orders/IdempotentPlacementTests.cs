using System.Net;
using Broker.Dhan.Orders;
using Broker.Dhan.Tests.TestSupport;
using Broker.Errors;

namespace Broker.Dhan.Tests.Orders;

public sealed class IdempotentPlacementTests : IDisposable
{
    private readonly DhanTestHost _host = new();

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
}
