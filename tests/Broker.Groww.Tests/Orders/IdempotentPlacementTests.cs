using System.Net;
using Broker.Errors;
using Broker.Groww.Orders;
using Broker.Groww.Tests.Infrastructure;
using Broker.Testing;

namespace Broker.Groww.Tests.Orders;

public sealed class IdempotentPlacementTests : IDisposable
{
    private readonly GrowwFixture _groww = GrowwFixture.Create();

    public void Dispose() => _groww.Dispose();

    private static GrowwPlaceOrderRequest Order(string? reference = "ref-idem-001") => new()
    {
        TradingSymbol = "RELIANCE",
        Quantity = 1,
        Price = 2900m,
        Exchange = GrowwExchange.Nse,
        Segment = GrowwSegment.Cash,
        Product = GrowwProduct.Cnc,
        OrderType = GrowwOrderType.Limit,
        TransactionType = GrowwTransactionType.Buy,
        OrderReferenceId = reference,
    };

    [Fact]
    public async Task PlaceOrderAsync_answered_GA007_raises_DuplicateClientReferenceException_with_the_reference()
    {
        _groww.ExpectFailure(HttpMethod.Post, "/v1/order/create", "GA007", "Duplicate order reference id");

        var ex = await Assert.ThrowsAsync<DuplicateClientReferenceException>(() => _groww.Client.Orders.PlaceOrderAsync(Order()));

        Assert.Equal("ref-idem-001", ex.ClientReference);
        Assert.Equal("GA007", ex.BrokerErrorCode);
        Assert.Equal(ErrorCategory.DuplicateReference, ex.Category);
    }

    [Fact]
    public async Task PlaceOrderIdempotentAsync_on_GA007_returns_the_existing_order_flagged_already_placed()
    {
        _groww.ExpectFailure(HttpMethod.Post, "/v1/order/create", "GA007", "Duplicate order reference id");
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/order/status/reference/ref-idem-001",
            """{"groww_order_id":"GMK777","order_status":"EXECUTED","remark":"","filled_quantity":1,"order_reference_id":"ref-idem-001"}""");

        var placement = await _groww.Client.Orders.PlaceOrderIdempotentAsync(Order());

        Assert.True(placement.AlreadyPlaced);
        Assert.Equal("GMK777", placement.GrowwOrderId);
        Assert.Equal("ref-idem-001", placement.OrderReferenceId);
        Assert.Equal(GrowwOrderStatus.Executed, placement.OrderStatus);
        Assert.Equal("/v1/order/status/reference/ref-idem-001?segment=CASH", _groww.Requests[1].PathAndQuery);
        Assert.Contains(_groww.Logs.WithEventId(4002), l => l.Message.Contains("ref-idem-001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PlaceOrderIdempotentAsync_without_a_duplicate_places_normally()
    {
        _groww.ExpectSuccess(HttpMethod.Post, "/v1/order/create", """{"groww_order_id":"GMK1","order_status":"NEW","order_reference_id":"ref-idem-001"}""");

        var placement = await _groww.Client.Orders.PlaceOrderIdempotentAsync(Order());

        Assert.False(placement.AlreadyPlaced);
        Assert.Equal("GMK1", placement.GrowwOrderId);
        Assert.Single(_groww.Requests);
    }

    [Fact]
    public async Task After_an_unknown_outcome_the_order_found_by_reference_is_returned_without_sending_it_again()
    {
        _groww.Expect(HttpMethod.Post, "/v1/order/create", "<html>502 Bad Gateway</html>", HttpStatusCode.BadGateway, "text/html");
        var unknown = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => _groww.Client.Orders.PlaceOrderAsync(Order(reference: null)));
        var reference = unknown.ClientReference;
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/order/status/reference/" + reference,
            $$"""{"groww_order_id":"GMK555","order_status":"OPEN","filled_quantity":0,"order_reference_id":"{{reference}}"}""");

        var placement = await _groww.Client.Orders.PlaceOrderIdempotentAsync(Order(reference: null), unknown);

        Assert.True(placement.AlreadyPlaced);
        Assert.Equal("GMK555", placement.GrowwOrderId);
        Assert.Equal(reference, placement.OrderReferenceId);
        Assert.Equal(2, _groww.Requests.Count);
        Assert.Equal(1, _groww.Requests.Count(r => r.PathAndQuery == "/v1/order/create"));
    }

    [Fact]
    public async Task After_an_unknown_outcome_an_order_groww_does_not_know_is_placed_with_the_same_reference()
    {
        var unknown = new OrderOutcomeUnknownException("ref-lost-0042", "connection reset");
        _groww.ExpectFailure(HttpMethod.Get, "/v1/order/status/reference/ref-lost-0042", "GA004", "Requested entity does not exist", HttpStatusCode.NotFound);
        _groww.ExpectSuccess(HttpMethod.Post, "/v1/order/create", """{"groww_order_id":"GMK9","order_status":"NEW","order_reference_id":"ref-lost-0042"}""");

        var placement = await _groww.Client.Orders.PlaceOrderIdempotentAsync(Order(reference: null), unknown);

        Assert.False(placement.AlreadyPlaced);
        Assert.Equal("GMK9", placement.GrowwOrderId);
        Assert.Contains("\"order_reference_id\":\"ref-lost-0042\"", _groww.Requests[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaceOrderIdempotentAsync_refuses_a_reference_different_from_the_earlier_attempt()
    {
        var unknown = new OrderOutcomeUnknownException("ref-lost-0042", "connection reset");

        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => _groww.Client.Orders.PlaceOrderIdempotentAsync(Order("ref-other-999"), unknown));

        Assert.Equal("OrderReferenceId", ex.ParameterName);
        Assert.Empty(_groww.Requests);
    }
}
