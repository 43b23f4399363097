using System.Net;
using Broker.Dhan.Orders;
using Broker.Dhan.SuperOrders;
using Broker.Dhan.Tests.TestSupport;
using Broker.Errors;

namespace Broker.Dhan.Tests.SuperOrders;

public sealed class SuperOrdersClientTests : IDisposable
{
    private readonly DhanTestHost _host = new();

    private static DhanPlaceSuperOrderRequest Request(DhanOrderType? type = null, decimal? price = 1500m, decimal target = 1600m, decimal stopLoss = 1400m, string? correlationId = "super-1") => new()
    {
        SecurityId = "1333",
        ExchangeSegment = DhanExchangeSegment.NseEquity,
        TransactionType = DhanTransactionType.Buy,
        Quantity = 10,
        OrderType = type ?? DhanOrderType.Limit,
        ProductType = DhanProductType.Cnc,
        Price = price,
        TargetPrice = target,
        StopLossPrice = stopLoss,
        TrailingJump = 10m,
        CorrelationId = correlationId,
    };

    [Fact]
    public async Task Place_sends_the_documented_body()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "super/orders", """{"orderId":"7","orderStatus":"PENDING"}""");

        var placement = await _host.Client.SuperOrders.PlaceAsync(Request());

        _host.AssertAuthenticatedHeaders(_host.Single);
        _host.Single.AssertJson("""
            {"dhanClientId":"1000000001","correlationId":"super-1","transactionType":"BUY","exchangeSegment":"NSE_EQ","productType":"CNC","orderType":"LIMIT",
             "securityId":"1333","quantity":10,"price":1500,"targetPrice":1600,"stopLossPrice":1400,"trailingJump":10}
            """);
        Assert.Equal(("7", DhanOrderStatus.Pending, "super-1"), (placement.OrderId, placement.OrderStatus, placement.CorrelationId));
    }

    [Fact]
    public async Task Place_market_super_order_sends_price_zero()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "super/orders", """{"orderId":"7","orderStatus":"PENDING"}""");

        await _host.Client.SuperOrders.PlaceAsync(Request(DhanOrderType.Market, price: null));

        Assert.Contains("\"orderType\":\"MARKET\",\"securityId\":\"1333\",\"quantity\":10,\"price\":0,", _host.Single.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Place_buy_with_target_below_entry_is_refused()
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => _host.Client.SuperOrders.PlaceAsync(Request(target: 1400m, stopLoss: 1300m)));
        Assert.Equal("TargetPrice", ex.ParameterName);
    }

    [Fact]
    public async Task Place_stop_loss_order_type_is_refused()
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => _host.Client.SuperOrders.PlaceAsync(Request(DhanOrderType.StopLoss)));
        Assert.Equal("OrderType", ex.ParameterName);
    }

    [Fact]
    public async Task Modify_entry_leg_sends_every_entry_field()
    {
        _host.Respond(HttpMethod.Put, DhanTestHost.Api + "super/orders/7", """{"orderId":"7","orderStatus":"TRANSIT"}""");

        await _host.Client.SuperOrders.ModifyAsync("7", DhanModifySuperOrderRequest.EntryLeg(DhanOrderType.Limit, 20, 1490m, 1610m, 1390m, 5m));

        _host.Single.AssertJson("""
            {"dhanClientId":"1000000001","orderId":"7","orderType":"LIMIT","legName":"ENTRY_LEG","quantity":20,"price":1490,"targetPrice":1610,
             "stopLossPrice":1390,"trailingJump":5}
            """);
    }

    [Fact]
    public async Task Modify_target_leg_sends_only_the_target()
    {
        _host.Respond(HttpMethod.Put, DhanTestHost.Api + "super/orders/7", """{"orderId":"7","orderStatus":"TRANSIT"}""");

        var ack = await _host.Client.SuperOrders.ModifyAsync("7", DhanModifySuperOrderRequest.TargetLeg(1650m));

        _host.Single.AssertJson("""{"dhanClientId":"1000000001","orderId":"7","legName":"TARGET_LEG","targetPrice":1650}""");
        Assert.Equal(DhanOrderStatus.Transit, ack.OrderStatus);
    }

    [Fact]
    public async Task Modify_stop_loss_leg_sends_stop_loss_and_trailing_jump()
    {
        _host.Respond(HttpMethod.Put, DhanTestHost.Api + "super/orders/7", """{"orderId":"7","orderStatus":"TRANSIT"}""");

        await _host.Client.SuperOrders.ModifyAsync("7", DhanModifySuperOrderRequest.StopLossLeg(1420m));

        _host.Single.AssertJson("""{"dhanClientId":"1000000001","orderId":"7","legName":"STOP_LOSS_LEG","stopLossPrice":1420,"trailingJump":0}""");
    }

    [Fact]
    public async Task CancelLeg_deletes_the_leg_path()
    {
        _host.Respond(HttpMethod.Delete, DhanTestHost.Api + "super/orders/7/TARGET_LEG", """{"orderId":"7","orderStatus":"CANCELLED"}""");

        var ack = await _host.Client.SuperOrders.CancelLegAsync("7", DhanLegName.TargetLeg);

        Assert.Equal(HttpMethod.Delete, _host.Single.Method);
        Assert.Equal(DhanTestHost.Api + "super/orders/7/TARGET_LEG", _host.Single.Uri.ToString());
        Assert.Equal(DhanOrderStatus.Cancelled, ack.OrderStatus);
    }

    [Fact]
    public async Task GetAll_parses_entry_and_legs()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "super/orders", """
            [{"dhanClientId":"1100003626","orderId":"5925022734212","correlationId":"string","orderStatus":"PENDING","transactionType":"BUY",
              "exchangeSegment":"NSE_EQ","productType":"CNC","orderType":"LIMIT","validity":"DAY","tradingSymbol":"HDFCBANK","securityId":"1333",
              "quantity":10,"remainingQuantity":10,"ltp":1660,"price":1500,"afterMarketOrder":false,"legName":"ENTRY_LEG","exchangeOrderId":"11925022734212",
              "createTime":"2025-02-27 19:09:42","updateTime":"2025-02-27 19:09:42","exchangeTime":"2025-02-27 19:09:42","omsErrorDescription":"",
              "averageTradedPrice":0,"filledQty":0,
              "legDetails":[{"orderId":"5925022734212","legName":"STOP_LOSS_LEG","transactionType":"SELL","totalQuatity":10,"remainingQuantity":10,
                              "triggeredQuantity":0,"price":1400,"orderStatus":"PENDING","trailingJump":10},
                            {"orderId":"5925022734212","legName":"TARGET_LEG","transactionType":"SELL","remainingQuantity":10,"triggeredQuantity":0,
                              "price":1600,"orderStatus":"PENDING","trailingJump":0}]}]
            """);

        var order = Assert.Single(await _host.Client.SuperOrders.GetAllAsync());

        Assert.Equal("1100003626", order.DhanClientId);
        Assert.Equal("5925022734212", order.OrderId);
        Assert.Equal("string", order.CorrelationId);
        Assert.Equal(DhanOrderStatus.Pending, order.OrderStatus);
        Assert.Equal(DhanTransactionType.Buy, order.TransactionType);
        Assert.Equal(DhanExchangeSegment.NseEquity, order.ExchangeSegment);
        Assert.Equal(DhanProductType.Cnc, order.ProductType);
        Assert.Equal(DhanOrderType.Limit, order.OrderType);
        Assert.Equal(DhanValidity.Day, order.Validity);
        Assert.Equal("HDFCBANK", order.TradingSymbol);
        Assert.Equal("1333", order.SecurityId);
        Assert.Equal(10, order.Quantity);
        Assert.Equal(10, order.RemainingQuantity);
        Assert.Equal(1660m, order.Ltp);
        Assert.Equal(1500m, order.Price);
        Assert.False(order.AfterMarketOrder);
        Assert.Equal(DhanLegName.EntryLeg, order.LegName);
        Assert.Equal("11925022734212", order.ExchangeOrderId);
        Assert.Equal(new DateTimeOffset(2025, 2, 27, 19, 9, 42, TimeSpan.FromHours(5.5)), order.CreateTime);
        Assert.Equal(order.CreateTime, order.UpdateTime);
        Assert.Equal(order.CreateTime, order.ExchangeTime);
        Assert.Equal(string.Empty, order.OmsErrorDescription);
        Assert.Equal(0m, order.AverageTradedPrice);
        Assert.Equal(0, order.FilledQuantity);
        Assert.Collection(
            order.LegDetails,
            sl =>
            {
                Assert.Equal(DhanLegName.StopLossLeg, sl.LegName);
                Assert.Equal(DhanTransactionType.Sell, sl.TransactionType);
                Assert.Equal(10, sl.TotalQuantity);
                Assert.Equal(10, sl.RemainingQuantity);
                Assert.Equal(0, sl.TriggeredQuantity);
                Assert.Equal(1400m, sl.Price);
                Assert.Equal(DhanOrderStatus.Pending, sl.OrderStatus);
                Assert.Equal(10m, sl.TrailingJump);
                Assert.Equal("5925022734212", sl.OrderId);
            },
            target =>
            {
                Assert.Equal(DhanLegName.TargetLeg, target.LegName);
                Assert.Null(target.TotalQuantity);
                Assert.Equal(1600m, target.Price);
            });
    }

    [Fact]
    public async Task Super_order_writes_are_not_retried_on_503()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "super/orders", "{}", HttpStatusCode.ServiceUnavailable);

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => _host.Client.SuperOrders.PlaceAsync(Request()));

        Assert.Equal("super-1", ex.ClientReference);
        Assert.Single(_host.Requests);
    }

    public void Dispose() => _host.Dispose();
}
