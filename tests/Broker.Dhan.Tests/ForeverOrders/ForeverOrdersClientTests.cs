using Broker.Dhan.ForeverOrders;
using Broker.Dhan.Orders;
using Broker.Dhan.Tests.TestSupport;
using Broker.Errors;

namespace Broker.Dhan.Tests.ForeverOrders;

public sealed class ForeverOrdersClientTests : IDisposable
{
    private readonly DhanTestHost _host = new();

    private static DhanPlaceForeverOrderRequest Oco(decimal? price1 = 1390m) => new()
    {
        OrderFlag = DhanForeverOrderFlag.Oco,
        SecurityId = "1333",
        ExchangeSegment = DhanExchangeSegment.NseEquity,
        TransactionType = DhanTransactionType.Sell,
        ProductType = DhanProductType.Cnc,
        OrderType = DhanOrderType.Limit,
        Quantity = 5,
        Price = 1700m,
        TriggerPrice = 1695m,
        Price1 = price1,
        TriggerPrice1 = 1395m,
        Quantity1 = 5,
        CorrelationId = "gtt-1",
    };

    [Fact]
    public async Task Create_oco_sends_both_legs()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "forever/orders", """{"orderId":"5132208051112","orderStatus":"PENDING"}""");

        var placement = await _host.Client.ForeverOrders.CreateAsync(Oco());

        _host.AssertAuthenticatedHeaders(_host.Single);
        _host.Single.AssertJson("""
            {"dhanClientId":"1000000001","correlationId":"gtt-1","orderFlag":"OCO","transactionType":"SELL","exchangeSegment":"NSE_EQ","productType":"CNC",
             "orderType":"LIMIT","validity":"DAY","securityId":"1333","quantity":5,"price":1700,"triggerPrice":1695,"price1":1390,"triggerPrice1":1395,"quantity1":5}
            """);
        Assert.Equal(("5132208051112", DhanOrderStatus.Pending, "gtt-1"), (placement.OrderId, placement.OrderStatus, placement.CorrelationId));
    }

    [Fact]
    public async Task Create_single_omits_second_leg_fields()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "forever/orders", """{"orderId":"1","orderStatus":"PENDING"}""");

        await _host.Client.ForeverOrders.CreateAsync(new DhanPlaceForeverOrderRequest
        {
            OrderFlag = DhanForeverOrderFlag.SingleLeg,
            SecurityId = "1333",
            ExchangeSegment = DhanExchangeSegment.NseEquity,
            TransactionType = DhanTransactionType.Buy,
            ProductType = DhanProductType.Cnc,
            OrderType = DhanOrderType.Limit,
            Quantity = 1,
            Price = 1400m,
            TriggerPrice = 1405m,
            CorrelationId = "gtt-2",
        });

        Assert.DoesNotContain("price1", _host.Single.Body, StringComparison.Ordinal);
        Assert.Contains("\"orderFlag\":\"SINGLE\"", _host.Single.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_oco_without_second_leg_price_is_refused()
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => _host.Client.ForeverOrders.CreateAsync(Oco(price1: null)));
        Assert.Equal("Price1", ex.ParameterName);
        Assert.Empty(_host.Requests);
    }

    [Fact]
    public async Task Modify_sends_every_required_field()
    {
        _host.Respond(HttpMethod.Put, DhanTestHost.Api + "forever/orders/51", """{"orderId":"51","orderStatus":"PENDING"}""");

        var ack = await _host.Client.ForeverOrders.ModifyAsync("51", new DhanModifyForeverOrderRequest
        {
            OrderFlag = DhanForeverOrderFlag.Oco,
            OrderType = DhanOrderType.Limit,
            LegName = DhanLegName.StopLossLeg,
            Quantity = 5,
            Price = 1380m,
            TriggerPrice = 1385m,
        });

        _host.Single.AssertJson("""
            {"dhanClientId":"1000000001","orderId":"51","orderFlag":"OCO","orderType":"LIMIT","legName":"STOP_LOSS_LEG","quantity":5,"price":1380,
             "triggerPrice":1385,"validity":"DAY"}
            """);
        Assert.Equal("51", ack.OrderId);
    }

    [Fact]
    public async Task Cancel_deletes_the_order()
    {
        _host.Respond(HttpMethod.Delete, DhanTestHost.Api + "forever/orders/51", """{"orderId":"51","orderStatus":"CANCELLED"}""");

        var ack = await _host.Client.ForeverOrders.CancelAsync("51");

        Assert.Equal(HttpMethod.Delete, _host.Single.Method);
        Assert.Equal(DhanOrderStatus.Cancelled, ack.OrderStatus);
    }

    [Fact]
    public async Task GetAll_reads_forever_orders_from_the_orders_path()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "forever/orders", """
            [{"dhanClientId":"1000000132","orderId":"1132208051115","orderStatus":"CONFIRM","transactionType":"BUY","exchangeSegment":"NSE_EQ",
              "productType":"CNC","orderType":"SINGLE","tradingSymbol":"HDFCBANK","securityId":"1333","quantity":10,"price":1428,"triggerPrice":1427,
              "legName":"ENTRY_LEG","createTime":"2022-08-05 12:41:19","updateTime":null,"exchangeTime":null,"drvExpiryDate":null,"drvOptionType":null,
              "drvStrikePrice":0}]
            """);

        var order = Assert.Single(await _host.Client.ForeverOrders.GetAllAsync());

        Assert.Equal(DhanTestHost.Api + "forever/orders", _host.Single.Uri.ToString());
        Assert.Equal("1000000132", order.DhanClientId);
        Assert.Equal("1132208051115", order.OrderId);
        Assert.Equal(DhanOrderStatus.Confirm, order.OrderStatus);
        Assert.Equal(DhanTransactionType.Buy, order.TransactionType);
        Assert.Equal(DhanExchangeSegment.NseEquity, order.ExchangeSegment);
        Assert.Equal(DhanProductType.Cnc, order.ProductType);
        Assert.Equal(DhanForeverOrderFlag.SingleLeg, order.OrderFlag);
        Assert.Equal("HDFCBANK", order.TradingSymbol);
        Assert.Equal("1333", order.SecurityId);
        Assert.Equal(10, order.Quantity);
        Assert.Equal(1428m, order.Price);
        Assert.Equal(1427m, order.TriggerPrice);
        Assert.Equal(DhanLegName.EntryLeg, order.LegName);
        Assert.Equal(new DateTimeOffset(2022, 8, 5, 12, 41, 19, TimeSpan.FromHours(5.5)), order.CreateTime);
        Assert.Null(order.UpdateTime);
        Assert.Null(order.ExchangeTime);
        Assert.Null(order.DrvExpiryDate);
        Assert.Null(order.DrvOptionType);
        Assert.Equal(0m, order.DrvStrikePrice);
    }

    public void Dispose() => _host.Dispose();
}
