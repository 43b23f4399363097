using System.Net;
using Broker.Errors;
using Broker.Groww.Orders;
using Broker.Groww.Tests.Infrastructure;
using RichardSzalay.MockHttp;

namespace Broker.Groww.Tests.Orders;

public sealed class OrderSafetyTests : IDisposable
{
    private readonly GrowwFixture _groww = GrowwFixture.Create();

    public void Dispose() => _groww.Dispose();

    private static readonly GrowwPlaceOrderRequest Order = new()
    {
        TradingSymbol = "INFY",
        Quantity = 3,
        Exchange = GrowwExchange.Nse,
        Segment = GrowwSegment.Cash,
        Product = GrowwProduct.Mis,
        OrderType = GrowwOrderType.Market,
        TransactionType = GrowwTransactionType.Buy,
        OrderReferenceId = "safety-ref-01",
    };

    [Fact]
    public async Task A_503_on_order_create_is_an_unknown_outcome_and_is_not_retried()
    {
        _groww.Expect(HttpMethod.Post, "/v1/order/create", "", HttpStatusCode.ServiceUnavailable);

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => _groww.Client.Orders.PlaceOrderAsync(Order));

        Assert.Equal("safety-ref-01", ex.ClientReference);
        Assert.Equal(503, ex.StatusCode);
        Assert.Single(_groww.Requests);
    }

    [Fact]
    public async Task A_success_answer_without_payload_on_order_create_is_an_unknown_outcome()
    {
        _groww.Expect(HttpMethod.Post, "/v1/order/create", """{"status":"SUCCESS"}""");

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => _groww.Client.Orders.PlaceOrderAsync(Order));

        Assert.Equal("safety-ref-01", ex.ClientReference);
        Assert.Contains("payload", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GA000_on_order_create_is_an_unknown_outcome_not_a_rejection()
    {
        _groww.ExpectFailure(HttpMethod.Post, "/v1/order/create", "GA000", "Internal error occurred", HttpStatusCode.InternalServerError);

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => _groww.Client.Orders.PlaceOrderAsync(Order));

        Assert.Equal("safety-ref-01", ex.ClientReference);
    }

    [Fact]
    public async Task A_connection_failure_on_order_create_is_an_unknown_outcome_carrying_the_reference()
    {
        _groww.Http.Expect(HttpMethod.Post, GrowwFixture.Host + "/v1/order/create").Throw(new HttpRequestException("Connection reset by peer"));

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => _groww.Client.Orders.PlaceOrderAsync(Order));

        Assert.Equal("safety-ref-01", ex.ClientReference);
        Assert.Contains("safety-ref-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_503_on_a_read_is_retried()
    {
        _groww.Expect(HttpMethod.Get, "/v1/order/status/GMK1", "", HttpStatusCode.ServiceUnavailable);
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/order/status/GMK1", """{"groww_order_id":"GMK1","order_status":"NEW"}""");

        var status = await _groww.Client.Orders.GetOrderStatusAsync("GMK1", GrowwSegment.Cash);

        Assert.Equal(GrowwOrderStatus.New, status.OrderStatus);
        Assert.Equal(2, _groww.Requests.Count);
        Assert.NotEqual(_groww.Requests[0].Header("x-request-id"), _groww.Requests[1].Header("x-request-id"));
    }
}
