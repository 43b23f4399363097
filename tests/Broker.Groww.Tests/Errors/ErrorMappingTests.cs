using System.Net;
using Broker.Errors;
using Broker.Groww.Errors;
using Broker.Groww.Orders;
using Broker.Groww.Tests.Infrastructure;

namespace Broker.Groww.Tests.Errors;

public sealed class ErrorMappingTests : IDisposable
{
    private readonly GrowwFixture _groww = GrowwFixture.Create(o => o.Retry.MaxRetryAttempts = 0);

    public void Dispose() => _groww.Dispose();

    [Theory]
    [InlineData("GA000", 500, ErrorCategory.Server, true)]
    [InlineData("GA001", 400, ErrorCategory.InvalidRequest, false)]
    [InlineData("GA003", 503, ErrorCategory.Server, true)]
    [InlineData("GA004", 404, ErrorCategory.NotFound, false)]
    [InlineData("GA005", 403, ErrorCategory.Authorization, false)]
    [InlineData("GA006", 400, ErrorCategory.OrderRejected, false)]
    [InlineData("GA999", 400, ErrorCategory.InvalidRequest, false)]
    public async Task A_failure_envelope_on_a_read_becomes_BrokerApiException_with_code_message_and_category(string code, int status, ErrorCategory category, bool transient)
    {
        _groww.ExpectFailure(HttpMethod.Get, "/v1/holdings/user", code, "Invalid trading symbol.", (HttpStatusCode)status);

        var ex = await Assert.ThrowsAsync<BrokerApiException>(() => _groww.Client.Portfolio.GetHoldingsAsync());

        Assert.Equal(code, ex.BrokerErrorCode);
        Assert.Equal("Invalid trading symbol.", ex.BrokerMessage);
        Assert.Equal(status, ex.StatusCode);
        Assert.Equal(category, ex.Category);
        Assert.Equal(transient, ex.IsTransient);
        Assert.Equal("Groww", ex.Broker);
        Assert.Equal("portfolio.holdings", ex.Endpoint);
        Assert.Contains(code, ex.Message, StringComparison.Ordinal);
        Assert.True(Guid.TryParse(ex.RequestId, out _));
    }

    [Fact]
    public async Task A_not_found_answer_to_a_look_up_is_null_not_an_exception()
    {
        _groww.ExpectFailure(HttpMethod.Get, "/v1/order/detail/GMK1", "GA004", "Order not found.", HttpStatusCode.NotFound);

        var order = await _groww.Client.Orders.FindOrderAsync("GMK1", GrowwSegment.Cash);

        Assert.Null(order);
    }

    [Fact]
    public async Task A_failure_envelope_inside_HTTP_200_is_still_an_error()
    {
        _groww.ExpectFailure(HttpMethod.Get, "/v1/user/detail", "GA001", "Bad request", HttpStatusCode.OK);

        var ex = await Assert.ThrowsAsync<BrokerApiException>(() => _groww.Client.User.GetProfileAsync());

        Assert.Equal("GA001", ex.BrokerErrorCode);
        Assert.Equal(200, ex.StatusCode);
    }

    [Fact]
    public async Task GA006_on_order_create_is_an_OrderRejectedException_carrying_the_reference()
    {
        _groww.ExpectFailure(HttpMethod.Post, "/v1/order/create", "GA006", "Insufficient funds");

        var ex = await Assert.ThrowsAsync<OrderRejectedException>(() => _groww.Client.Orders.PlaceOrderAsync(new GrowwPlaceOrderRequest
        {
            TradingSymbol = "WIPRO", Quantity = 1, Exchange = GrowwExchange.Nse, Segment = GrowwSegment.Cash, Product = GrowwProduct.Cnc,
            OrderType = GrowwOrderType.Market, TransactionType = GrowwTransactionType.Buy, OrderReferenceId = "reject-ref-1",
        }));

        Assert.Equal("GA006", ex.BrokerErrorCode);
        Assert.Equal("reject-ref-1", ex.ClientReference);
        Assert.Equal("Insufficient funds", ex.BrokerMessage);
    }

    [Fact]
    public async Task A_429_with_the_GA003_envelope_on_order_create_is_a_rate_limit_refusal_not_an_unknown_outcome()
    {
        _groww.ExpectFailure(HttpMethod.Post, "/v1/order/create", "GA003", "Unable to serve request currently", HttpStatusCode.TooManyRequests);

        var ex = await Assert.ThrowsAsync<BrokerRateLimitException>(() => _groww.Client.Orders.PlaceOrderAsync(new GrowwPlaceOrderRequest
        {
            TradingSymbol = "WIPRO", Quantity = 1, Exchange = GrowwExchange.Nse, Segment = GrowwSegment.Cash, Product = GrowwProduct.Cnc,
            OrderType = GrowwOrderType.Market, TransactionType = GrowwTransactionType.Buy, OrderReferenceId = "throttled-ref-1",
        }));

        Assert.Equal(429, ex.StatusCode);
        Assert.Equal("GA003", ex.BrokerErrorCode);
        Assert.False(ex.IsClientSide);
    }

    [Fact]
    public async Task An_html_body_becomes_BrokerApiException_with_status_and_snippet()
    {
        _groww.Expect(HttpMethod.Get, "/v1/holdings/user", "<html><body>502 Bad Gateway</body></html>", HttpStatusCode.BadGateway, "text/html");

        var ex = await Assert.ThrowsAsync<BrokerApiException>(() => _groww.Client.Portfolio.GetHoldingsAsync());

        Assert.Equal(502, ex.StatusCode);
        Assert.Contains("502 Bad Gateway", ex.ResponseSnippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_html_body_with_HTTP_200_becomes_BrokerApiException_not_JsonException()
    {
        _groww.Expect(HttpMethod.Get, "/v1/holdings/user", "<html>maintenance</html>", HttpStatusCode.OK, "text/html");

        var ex = await Assert.ThrowsAsync<BrokerApiException>(() => _groww.Client.Portfolio.GetHoldingsAsync());

        Assert.Equal(ErrorCategory.InvalidResponse, ex.Category);
        Assert.Contains("maintenance", ex.ResponseSnippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_body_becomes_BrokerApiException()
    {
        _groww.Expect(HttpMethod.Get, "/v1/holdings/user", "", HttpStatusCode.OK);

        var ex = await Assert.ThrowsAsync<BrokerApiException>(() => _groww.Client.Portfolio.GetHoldingsAsync());

        Assert.Equal(ErrorCategory.InvalidResponse, ex.Category);
        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"status":"SUCCESS"}""")]
    [InlineData("""{"status":"SUCCESS","payload":{"holdings":"not-a-list"}}""")]
    [InlineData("""[1,2,3]""")]
    [InlineData("""{"status":"SUCCESS","payload":{"holdings":[{"quantity":"twelve"}]}}""")]
    public async Task An_unknown_shape_becomes_BrokerApiException_with_a_snippet(string body)
    {
        _groww.Expect(HttpMethod.Get, "/v1/holdings/user", body);

        var ex = await Assert.ThrowsAsync<BrokerApiException>(() => _groww.Client.Portfolio.GetHoldingsAsync());

        Assert.Equal(ErrorCategory.InvalidResponse, ex.Category);
        Assert.Equal(200, ex.StatusCode);
    }

    [Fact]
    public async Task A_429_becomes_BrokerRateLimitException()
    {
        _groww.Expect(HttpMethod.Get, "/v1/holdings/user", "", HttpStatusCode.TooManyRequests);

        var ex = await Assert.ThrowsAsync<BrokerRateLimitException>(() => _groww.Client.Portfolio.GetHoldingsAsync());

        Assert.Equal(429, ex.StatusCode);
        Assert.Equal("NonTrading", ex.RateLimitCategory);
    }

    [Fact]
    public async Task Numeric_ids_are_read_as_strings()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/order/detail/GMK1", """{"groww_order_id":"GMK1","exchange_order_id":1100000012345,"order_status":"OPEN"}""");

        var order = await _groww.Client.Orders.FindOrderAsync("GMK1", GrowwSegment.Cash);

        Assert.Equal("1100000012345", order?.ExchangeOrderId);
    }

    [Fact]
    public void The_code_table_has_every_documented_code_and_no_GA002()
    {
        Assert.Equal(["GA000", "GA001", "GA003", "GA004", "GA005", "GA006", "GA007"], GrowwErrorCodes.Table.Codes.Select(c => c.Code).Order());
        Assert.True(GrowwErrorCodes.Table.TryGet("GA007", out var duplicate));
        Assert.Equal(ErrorCategory.DuplicateReference, duplicate.Category);
    }
}
