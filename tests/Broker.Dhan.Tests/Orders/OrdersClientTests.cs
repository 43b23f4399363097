using System.Net;
using Broker.Dhan.Orders;
using Broker.Dhan.Tests.TestSupport;

namespace Broker.Dhan.Tests.Orders;

public sealed class OrdersClientTests : IDisposable
{
    private readonly DhanTestHost _host = new();

    private static DhanPlaceOrderRequest LimitBuy(string? correlationId = "my-ref_01") => new()
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
    public async Task PlaceOrder_sends_the_documented_body_and_returns_id_status_and_correlation_id()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "orders", """{"orderId":"112111182198","orderStatus":"TRANSIT"}""");

        var placement = await _host.Client.Orders.PlaceOrderAsync(LimitBuy());

        var request = _host.Single;
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(DhanTestHost.Api + "orders", request.Uri.ToString());
        _host.AssertAuthenticatedHeaders(request);
        request.AssertJson("""
            {"dhanClientId":"1000000001","correlationId":"my-ref_01","transactionType":"BUY","exchangeSegment":"NSE_EQ","productType":"INTRADAY",
             "orderType":"LIMIT","validity":"DAY","securityId":"1333","quantity":5,"price":1500.5,"afterMarketOrder":false}
            """);
        Assert.Equal("112111182198", placement.OrderId);
        Assert.Equal(DhanOrderStatus.Transit, placement.OrderStatus);
        Assert.Equal("my-ref_01", placement.CorrelationId);
        Assert.False(placement.AlreadyPlaced);
    }

    [Fact]
    public async Task PlaceOrder_without_correlation_id_generates_one_sends_it_and_returns_it()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "orders", """{"orderId":"1","orderStatus":"TRANSIT"}""");

        var placement = await _host.Client.Orders.PlaceOrderAsync(LimitBuy(correlationId: null));

        Assert.Equal(20, placement.CorrelationId.Length);
        Assert.Contains($"\"correlationId\":\"{placement.CorrelationId}\"", _host.Single.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaceOrder_market_stop_loss_sends_zero_price_trigger_and_amo_time()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "orders", """{"orderId":"1","orderStatus":"TRANSIT"}""");

        await _host.Client.Orders.PlaceOrderAsync(new DhanPlaceOrderRequest
        {
            SecurityId = "52175",
            ExchangeSegment = DhanExchangeSegment.NseFno,
            TransactionType = DhanTransactionType.Sell,
            Quantity = 75,
            OrderType = DhanOrderType.StopLossMarket,
            ProductType = DhanProductType.Margin,
            Validity = DhanValidity.Ioc,
            TriggerPrice = 99.95m,
            DisclosedQuantity = 25,
            AfterMarketOrder = true,
            AmoTime = DhanAmoTime.PreOpen,
            CorrelationId = "sl 1",
        });

        _host.Single.AssertJson("""
            {"dhanClientId":"1000000001","correlationId":"sl 1","transactionType":"SELL","exchangeSegment":"NSE_FNO","productType":"MARGIN",
             "orderType":"STOP_LOSS_MARKET","validity":"IOC","securityId":"52175","quantity":75,"disclosedQuantity":25,"price":0,"triggerPrice":99.95,
             "afterMarketOrder":true,"amoTime":"PRE_OPEN"}
            """);
    }

    [Fact]
    public async Task PlaceOrder_bracket_order_sends_profit_and_stop_loss_values()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "orders", """{"orderId":"1","orderStatus":"TRANSIT"}""");

        await _host.Client.Orders.PlaceOrderAsync(new DhanPlaceOrderRequest
        {
            SecurityId = "1333",
            ExchangeSegment = DhanExchangeSegment.NseEquity,
            TransactionType = DhanTransactionType.Buy,
            Quantity = 1,
            OrderType = DhanOrderType.Limit,
            ProductType = DhanProductType.BracketOrder,
            Price = 100m,
            BoProfitValue = 5m,
            BoStopLossValue = 2.5m,
            CorrelationId = "bo",
        });

        Assert.Contains("\"boProfitValue\":5,\"boStopLossValue\":2.5", _host.Single.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SliceOrder_posts_to_slicing_and_returns_every_slice()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "orders/slicing", """[{"orderId":"11","orderStatus":"TRANSIT"},{"orderId":"12","orderStatus":"PENDING"}]""");

        var result = await _host.Client.Orders.SliceOrderAsync(LimitBuy("slice-1"));

        Assert.Equal(DhanTestHost.Api + "orders/slicing", _host.Single.Uri.ToString());
        Assert.Contains("\"correlationId\":\"slice-1\"", _host.Single.Body, StringComparison.Ordinal);
        Assert.Equal("slice-1", result.CorrelationId);
        Assert.Collection(
            result.Slices,
            s => Assert.Equal(("11", DhanOrderStatus.Transit), (s.OrderId, s.OrderStatus)),
            s => Assert.Equal(("12", DhanOrderStatus.Pending), (s.OrderId, s.OrderStatus)));
    }

    [Fact]
    public async Task ModifyOrder_puts_the_total_quantity_and_order_id_in_the_body()
    {
        _host.Respond(HttpMethod.Put, DhanTestHost.Api + "orders/112111182045", """{"orderId":"112111182045","orderStatus":"TRANSIT"}""");

        var ack = await _host.Client.Orders.ModifyOrderAsync("112111182045", new DhanModifyOrderRequest
        {
            OrderType = DhanOrderType.StopLoss,
            Quantity = 40,
            Price = 1400m,
            TriggerPrice = 1401m,
            LegName = DhanLegName.EntryLeg,
        });

        var request = _host.Single;
        Assert.Equal(HttpMethod.Put, request.Method);
        _host.AssertAuthenticatedHeaders(request);
        request.AssertJson("""
            {"dhanClientId":"1000000001","orderId":"112111182045","orderType":"STOP_LOSS","legName":"ENTRY_LEG","quantity":40,"price":1400,
             "triggerPrice":1401,"validity":"DAY"}
            """);
        Assert.Equal("112111182045", ack.OrderId);
        Assert.Equal(DhanOrderStatus.Transit, ack.OrderStatus);
    }

    [Fact]
    public async Task CancelOrder_sends_delete_and_reads_the_acknowledgement()
    {
        _host.Respond(HttpMethod.Delete, DhanTestHost.Api + "orders/112111182045", """{"orderId":"112111182045","orderStatus":"CANCELLED"}""");

        var ack = await _host.Client.Orders.CancelOrderAsync("112111182045");

        Assert.Equal(HttpMethod.Delete, _host.Single.Method);
        _host.AssertAuthenticatedHeaders(_host.Single);
        Assert.Equal(DhanOrderStatus.Cancelled, ack.OrderStatus);
    }

    [Fact]
    public async Task CancelOrder_accepts_202_without_a_body()
    {
        _host.Respond(HttpMethod.Delete, DhanTestHost.Api + "orders/9", null, HttpStatusCode.Accepted);

        var ack = await _host.Client.Orders.CancelOrderAsync("9");

        Assert.Equal("9", ack.OrderId);
        Assert.Null(ack.OrderStatus.Value);
    }

    [Fact]
    public async Task GetOrders_parses_every_field_of_the_order_book()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "orders", $"[{OrderSamples.Order}]");

        var orders = await _host.Client.Orders.GetOrdersAsync();

        Assert.Equal(HttpMethod.Get, _host.Single.Method);
        _host.AssertAuthenticatedHeaders(_host.Single);
        var order = Assert.Single(orders);
        Assert.Equal("1000000003", order.DhanClientId);
        Assert.Equal("112111182198", order.OrderId);
        Assert.Equal("1200000000012", order.ExchangeOrderId);
        Assert.Equal("abc-123_X", order.CorrelationId);
        Assert.Equal(DhanOrderStatus.Pending, order.OrderStatus);
        Assert.Equal(DhanTransactionType.Buy, order.TransactionType);
        Assert.Equal(DhanExchangeSegment.NseEquity, order.ExchangeSegment);
        Assert.Equal(DhanProductType.Intraday, order.ProductType);
        Assert.Equal(DhanOrderType.Limit, order.OrderType);
        Assert.Equal(DhanValidity.Day, order.Validity);
        Assert.Equal("HDFCBANK", order.TradingSymbol);
        Assert.Equal("1333", order.SecurityId);
        Assert.Equal(5, order.Quantity);
        Assert.Equal(0, order.DisclosedQuantity);
        Assert.Equal(1500.5m, order.Price);
        Assert.Equal(0m, order.TriggerPrice);
        Assert.False(order.AfterMarketOrder);
        Assert.Equal(0m, order.BoProfitValue);
        Assert.Null(order.LegName);
        Assert.Equal(new DateTimeOffset(2024, 9, 12, 10, 15, 30, TimeSpan.FromHours(5.5)), order.CreateTime);
        Assert.Equal(new DateTimeOffset(2024, 9, 12, 10, 15, 31, TimeSpan.FromHours(5.5)), order.UpdateTime);
        Assert.Null(order.ExchangeTime);
        Assert.Null(order.DrvExpiryDate);
        Assert.Null(order.DrvOptionType);
        Assert.Equal(0m, order.DrvStrikePrice);
        Assert.Null(order.OmsErrorCode);
        Assert.Equal("CONFIRMED", order.OmsErrorDescription);
        Assert.Equal(string.Empty, order.AlgoId);
        Assert.Equal(3, order.RemainingQuantity);
        Assert.Equal(1500m, order.AverageTradedPrice);
        Assert.Equal(2, order.FilledQuantity);
    }

    [Fact]
    public async Task GetOrder_returns_the_order()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "orders/112111182198", OrderSamples.Order);

        var order = await _host.Client.Orders.FindOrderAsync("112111182198");

        Assert.Equal(DhanTestHost.Api + "orders/112111182198", _host.Single.Uri.ToString());
        Assert.Equal("112111182198", order!.OrderId);
    }

    [Fact]
    public async Task GetOrder_returns_null_for_an_unknown_id_answered_with_an_empty_array()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "orders/404", "[]");

        Assert.Null(await _host.Client.Orders.FindOrderAsync("404"));
    }

    [Fact]
    public async Task FindOrderByReferenceAsync_calls_the_external_path_and_returns_the_order()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "orders/external/abc-123_X", OrderSamples.Order);

        var order = await _host.Client.Orders.FindOrderByReferenceAsync("abc-123_X");

        Assert.Equal(DhanTestHost.Api + "orders/external/abc-123_X", _host.Single.Uri.ToString());
        _host.AssertAuthenticatedHeaders(_host.Single);
        Assert.Equal("abc-123_X", order!.CorrelationId);
    }

    [Fact]
    public async Task FindOrderByReferenceAsync_escapes_spaces_in_the_path()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "orders/external/*", "[]");

        await _host.Client.Orders.FindOrderByReferenceAsync("my ref");

        Assert.Equal("/v2/orders/external/my%20ref", _host.Single.Uri.AbsolutePath);
    }

    [Fact]
    public async Task FindOrderByReferenceAsync_returns_null_on_404_DH906()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "orders/external/unknown",
            """{"errorType":"Order_Error","errorCode":"DH-906","errorMessage":"Incorrect request for order and cannot be processed"}""", HttpStatusCode.NotFound);

        Assert.Null(await _host.Client.Orders.FindOrderByReferenceAsync("unknown"));
    }

    [Fact]
    public async Task FindOrderByReferenceAsync_returns_the_most_recent_when_several_orders_share_the_id()
    {
        var older = OrderSamples.Order.Replace("112111182198", "1", StringComparison.Ordinal).Replace("2024-09-12 10:15:30", "2024-09-12 09:15:30", StringComparison.Ordinal);
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "orders/external/abc-123_X", $"[{older},{OrderSamples.Order}]");

        var order = await _host.Client.Orders.FindOrderByReferenceAsync("abc-123_X");

        Assert.Equal("112111182198", order!.OrderId);
    }

    [Fact]
    public async Task GetTrades_parses_every_field_of_the_trade_book()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "trades", $"[{OrderSamples.Trade}]");

        var trades = await _host.Client.Orders.GetTradesAsync();

        Assert.Equal(DhanTestHost.Api + "trades", _host.Single.Uri.ToString());
        var trade = Assert.Single(trades);
        Assert.Equal("1000000009", trade.DhanClientId);
        Assert.Equal("112111182045", trade.OrderId);
        Assert.Equal("15112111182045", trade.ExchangeOrderId);
        Assert.Equal("15112111182045", trade.ExchangeTradeId);
        Assert.Equal(DhanTransactionType.Buy, trade.TransactionType);
        Assert.Equal(DhanExchangeSegment.NseFno, trade.ExchangeSegment);
        Assert.Equal(DhanProductType.Margin, trade.ProductType);
        Assert.Equal(DhanOrderType.Limit, trade.OrderType);
        Assert.Equal("NIFTY-Oct2024-25000-CE", trade.TradingSymbol);
        Assert.Equal("NIFTY 31 OCT 25000 CALL", trade.CustomSymbol);
        Assert.Equal("43556", trade.SecurityId);
        Assert.Equal(75, trade.TradedQuantity);
        Assert.Equal(120.35m, trade.TradedPrice);
        Assert.Equal(new DateTimeOffset(2024, 10, 1, 9, 20, 11, TimeSpan.FromHours(5.5)), trade.CreateTime);
        Assert.Equal(new DateTimeOffset(2024, 10, 1, 9, 20, 12, TimeSpan.FromHours(5.5)), trade.UpdateTime);
        Assert.Equal(new DateTimeOffset(2024, 10, 1, 9, 20, 12, TimeSpan.FromHours(5.5)), trade.ExchangeTime);
        Assert.Equal(new DateOnly(2024, 10, 31), trade.DrvExpiryDate);
        Assert.Equal(DhanOptionType.Call, trade.DrvOptionType);
        Assert.Equal(25000m, trade.DrvStrikePrice);
    }

    [Fact]
    public async Task GetTradesOfOrder_accepts_the_documented_single_object()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "trades/112111182045", OrderSamples.Trade);

        var trades = await _host.Client.Orders.GetTradesOfOrderAsync("112111182045");

        Assert.Equal(DhanTestHost.Api + "trades/112111182045", _host.Single.Uri.ToString());
        Assert.Equal("112111182045", Assert.Single(trades).OrderId);
    }

    public void Dispose() => _host.Dispose();
}
