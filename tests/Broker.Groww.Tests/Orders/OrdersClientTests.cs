using Broker.Errors;
using Broker.Groww.Orders;
using Broker.Groww.Tests.Infrastructure;

namespace Broker.Groww.Tests.Orders;

public sealed class OrdersClientTests : IDisposable
{
    private static readonly TimeSpan Ist = TimeSpan.FromHours(5.5);
    private readonly GrowwFixture _groww = GrowwFixture.Create();

    public void Dispose() => _groww.Dispose();

    private static GrowwPlaceOrderRequest LimitBuy(string? reference = "ref-2026-0001") => new()
    {
        TradingSymbol = "WIPRO",
        Quantity = 10,
        Price = 250.55m,
        Exchange = GrowwExchange.Nse,
        Segment = GrowwSegment.Cash,
        Product = GrowwProduct.Cnc,
        OrderType = GrowwOrderType.Limit,
        TransactionType = GrowwTransactionType.Buy,
        OrderReferenceId = reference,
    };

    [Fact]
    public async Task PlaceOrderAsync_sends_the_documented_body_and_returns_the_reference()
    {
        _groww.ExpectSuccess(HttpMethod.Post, "/v1/order/create",
            """{"groww_order_id":"GMK39038RDT490CCVRO","order_status":"OPEN","order_reference_id":"ref-2026-0001","remark":"Order placed successfully"}""");

        var placement = await _groww.Client.Orders.PlaceOrderAsync(LimitBuy());

        var request = Assert.Single(_groww.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/v1/order/create", request.PathAndQuery);
        request.AssertStandardHeaders();
        request.AssertJsonBody("""
            {"trading_symbol":"WIPRO","quantity":10,"price":250.55,"validity":"DAY","exchange":"NSE","segment":"CASH",
             "product":"CNC","order_type":"LIMIT","transaction_type":"BUY","order_reference_id":"ref-2026-0001"}
            """);
        Assert.Equal("GMK39038RDT490CCVRO", placement.GrowwOrderId);
        Assert.Equal(GrowwOrderStatus.Open, placement.OrderStatus);
        Assert.Equal("ref-2026-0001", placement.OrderReferenceId);
        Assert.Equal("Order placed successfully", placement.Remark);
        Assert.False(placement.AlreadyPlaced);
    }

    [Fact]
    public async Task PlaceOrderAsync_without_a_reference_generates_a_valid_one_sends_it_and_returns_it()
    {
        _groww.ExpectSuccess(HttpMethod.Post, "/v1/order/create", """{"groww_order_id":"GMK1","order_status":"NEW"}""");

        var placement = await _groww.Client.Orders.PlaceOrderAsync(LimitBuy(reference: null));

        var sent = System.Text.Json.Nodes.JsonNode.Parse(_groww.Requests[0].Body!)!["order_reference_id"]!.GetValue<string>();
        Assert.Matches("^[A-Za-z0-9]{20}$", sent);
        Assert.Equal(sent, placement.OrderReferenceId);
    }

    [Fact]
    public async Task PlaceOrderAsync_market_order_sends_no_price_and_no_trigger_price()
    {
        _groww.ExpectSuccess(HttpMethod.Post, "/v1/order/create", """{"groww_order_id":"GMK2","order_status":"NEW"}""");

        await _groww.Client.Orders.PlaceOrderAsync(LimitBuy() with { OrderType = GrowwOrderType.Market, Price = null, TransactionType = GrowwTransactionType.Sell, Product = GrowwProduct.Mis });

        _groww.Requests[0].AssertJsonBody("""
            {"trading_symbol":"WIPRO","quantity":10,"validity":"DAY","exchange":"NSE","segment":"CASH",
             "product":"MIS","order_type":"MARKET","transaction_type":"SELL","order_reference_id":"ref-2026-0001"}
            """);
    }

    [Fact]
    public async Task ModifyOrderAsync_sends_the_documented_body_and_parses_the_acknowledgement()
    {
        _groww.ExpectSuccess(HttpMethod.Post, "/v1/order/modify", """{"groww_order_id":"GMK39038RDT490CCVRO","order_status":"MODIFICATION_REQUESTED"}""");

        var ack = await _groww.Client.Orders.ModifyOrderAsync(new GrowwModifyOrderRequest
        {
            GrowwOrderId = "GMK39038RDT490CCVRO",
            Segment = GrowwSegment.Cash,
            OrderType = GrowwOrderType.StopLoss,
            Quantity = 5,
            Price = 240m,
            TriggerPrice = 241.5m,
        });

        var request = Assert.Single(_groww.Requests);
        Assert.Equal("/v1/order/modify", request.PathAndQuery);
        request.AssertStandardHeaders();
        request.AssertJsonBody("""{"groww_order_id":"GMK39038RDT490CCVRO","segment":"CASH","order_type":"SL","quantity":5,"price":240,"trigger_price":241.5}""");
        Assert.Equal("GMK39038RDT490CCVRO", ack.GrowwOrderId);
        Assert.Equal(GrowwOrderStatus.ModificationRequested, ack.OrderStatus);
    }

    [Fact]
    public async Task CancelOrderAsync_sends_segment_and_order_id()
    {
        _groww.ExpectSuccess(HttpMethod.Post, "/v1/order/cancel", """{"groww_order_id":"GMK39038RDT490CCVRO","order_status":"CANCELLED"}""");

        var ack = await _groww.Client.Orders.CancelOrderAsync("GMK39038RDT490CCVRO", GrowwSegment.Fno);

        var request = Assert.Single(_groww.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/v1/order/cancel", request.PathAndQuery);
        request.AssertStandardHeaders();
        request.AssertJsonBody("""{"segment":"FNO","groww_order_id":"GMK39038RDT490CCVRO"}""");
        Assert.Equal(GrowwOrderStatus.Cancelled, ack.OrderStatus);
        Assert.True(ack.OrderStatus!.Value.IsTerminal);
    }

    [Fact]
    public async Task GetOrderStatusAsync_calls_status_by_id_with_segment_and_parses_all_fields()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/order/status/GMK39038RDT490CCVRO",
            """{"groww_order_id":"GMK39038RDT490CCVRO","order_status":"EXECUTED","remark":"done","filled_quantity":10,"order_reference_id":"ref-2026-0001"}""");

        var status = await _groww.Client.Orders.GetOrderStatusAsync("GMK39038RDT490CCVRO", GrowwSegment.Cash);

        var request = Assert.Single(_groww.Requests);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("/v1/order/status/GMK39038RDT490CCVRO?segment=CASH", request.PathAndQuery);
        request.AssertStandardHeaders();
        Assert.Null(request.Body);
        Assert.Equal(new GrowwOrderStatusInfo
        {
            GrowwOrderId = "GMK39038RDT490CCVRO",
            OrderStatus = GrowwOrderStatus.Executed,
            Remark = "done",
            FilledQuantity = 10,
            OrderReferenceId = "ref-2026-0001",
        }, status);
    }

    [Fact]
    public async Task FindOrderByReferenceAsync_calls_status_by_reference()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/order/status/reference/ref-2026-0001",
            """{"groww_order_id":"GMK1","order_status":"ACKED","remark":null,"filled_quantity":"0","order_reference_id":"ref-2026-0001"}""");

        var status = await _groww.Client.Orders.FindOrderByReferenceAsync("ref-2026-0001", GrowwSegment.Cash);
        Assert.NotNull(status);

        Assert.Equal("/v1/order/status/reference/ref-2026-0001?segment=CASH", _groww.Requests[0].PathAndQuery);
        _groww.Requests[0].AssertStandardHeaders();
        Assert.Equal("GMK1", status.GrowwOrderId);
        Assert.Equal(GrowwOrderStatus.Acked, status.OrderStatus);
        Assert.Equal(0, status.FilledQuantity);
    }

    [Fact]
    public async Task GetOrdersAsync_sends_the_filters_given_and_parses_every_order()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/order/list", $$"""{"order_list":[{{OrderJson}}]}""");

        var orders = await _groww.Client.Orders.GetOrdersAsync(new GrowwOrderListRequest { Segment = GrowwSegment.Cash, Page = 1, PageSize = 20 });

        Assert.Equal("/v1/order/list?segment=CASH&page=1&page_size=20", _groww.Requests[0].PathAndQuery);
        _groww.Requests[0].AssertStandardHeaders();
        AssertFullOrder(Assert.Single(orders));
    }

    [Fact]
    public async Task GetOrdersAsync_without_filters_sends_only_the_default_page_size_of_25()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/order/list", """{"order_list":[]}""");

        var orders = await _groww.Client.Orders.GetOrdersAsync();

        Assert.Equal("/v1/order/list?page_size=25", _groww.Requests[0].PathAndQuery);
        Assert.Empty(orders);
    }

    [Fact]
    public async Task GetOrdersAsync_refuses_a_page_size_above_the_documented_25_before_sending()
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => _groww.Client.Orders.GetOrdersAsync(new GrowwOrderListRequest { PageSize = 26 }));

        Assert.Equal("PageSize", ex.ParameterName);
        Assert.Empty(_groww.Requests);
    }

    [Fact]
    public async Task GetOrdersAsync_sends_larger_pages_when_the_maximum_is_raised()
    {
        using var groww = GrowwFixture.Create(o =>
        {
            o.MaxOrderListPageSize = 100;
            o.DefaultOrderListPageSize = 100;
        });
        groww.ExpectSuccess(HttpMethod.Get, "/v1/order/list", """{"order_list":[]}""");

        await groww.Client.Orders.GetOrdersAsync(new GrowwOrderListRequest { Page = 2 });

        Assert.Equal("/v1/order/list?page=2&page_size=100", groww.Requests[0].PathAndQuery);
    }

    [Fact]
    public async Task FindOrderAsync_parses_the_full_order_with_ist_times()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/order/detail/GMK39038RDT490CCVRO", OrderJson);

        var order = await _groww.Client.Orders.FindOrderAsync("GMK39038RDT490CCVRO", GrowwSegment.Cash);

        Assert.Equal("/v1/order/detail/GMK39038RDT490CCVRO?segment=CASH", _groww.Requests[0].PathAndQuery);
        _groww.Requests[0].AssertStandardHeaders();
        Assert.NotNull(order);
        AssertFullOrder(order);
    }

    [Fact]
    public async Task FindOrderAsync_keeps_an_order_status_groww_does_not_document()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/order/detail/GMK1", """{"groww_order_id":"GMK1","order_status":"PARTIALLY_PARKED_SOMEWHERE"}""");

        var order = await _groww.Client.Orders.FindOrderAsync("GMK1", GrowwSegment.Cash);

        Assert.NotNull(order);
        Assert.Equal("PARTIALLY_PARKED_SOMEWHERE", order.OrderStatus!.Value.Value);
        Assert.False(order.OrderStatus.Value.IsTerminal);
    }

    [Fact]
    public async Task GetTradesAsync_sends_paging_and_parses_every_fill()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/order/trades/GMK39038RDT490CCVRO", """
            {"trade_list":[{"price":250.5,"isin":"INE075A01022","quantity":10,"groww_order_id":"GMK39038RDT490CCVRO",
              "groww_trade_id":"GMKT1","exchange_trade_id":"T-77","exchange_order_id":"1100000012345","trade_status":"EXECUTED",
              "trading_symbol":"WIPRO","remark":"Filled","exchange":"NSE","segment":"CASH","product":"CNC","transaction_type":"BUY",
              "created_at":"2026-11-23T09:15:31","trade_date_time":"2026-11-23T09:15:30Z","settlement_number":"2026223"}]}
            """);

        var trades = await _groww.Client.Orders.GetTradesOfOrderAsync("GMK39038RDT490CCVRO", GrowwSegment.Cash, page: 0, pageSize: 50);

        Assert.Equal("/v1/order/trades/GMK39038RDT490CCVRO?segment=CASH&page=0&page_size=50", _groww.Requests[0].PathAndQuery);
        _groww.Requests[0].AssertStandardHeaders();
        var trade = Assert.Single(trades);
        Assert.Equal(new GrowwTrade
        {
            Price = 250.5m,
            Isin = "INE075A01022",
            Quantity = 10,
            GrowwOrderId = "GMK39038RDT490CCVRO",
            GrowwTradeId = "GMKT1",
            ExchangeTradeId = "T-77",
            ExchangeOrderId = "1100000012345",
            TradeStatus = GrowwTradeStatus.Executed,
            TradingSymbol = "WIPRO",
            Remark = "Filled",
            Exchange = GrowwExchange.Nse,
            Segment = GrowwSegment.Cash,
            Product = GrowwProduct.Cnc,
            TransactionType = GrowwTransactionType.Buy,
            CreatedAt = new DateTimeOffset(2026, 11, 23, 9, 15, 31, Ist),
            TradeDateTime = new DateTimeOffset(2026, 11, 23, 14, 45, 30, Ist),
            SettlementNumber = "2026223",
        }, trade);
        Assert.Equal(Ist, trade.TradeDateTime!.Value.Offset);
    }

    private const string OrderJson = """
        {"groww_order_id":"GMK39038RDT490CCVRO","trading_symbol":"WIPRO","order_status":"OPEN","remark":"Order placed",
         "quantity":10,"price":250.55,"trigger_price":0,"filled_quantity":4,"remaining_quantity":6,"average_fill_price":250.4,
         "deliverable_quantity":4,"amo_status":"NA","validity":"DAY","exchange":"NSE","order_type":"LIMIT","transaction_type":"BUY",
         "segment":"CASH","product":"CNC","created_at":"2026-11-23T09:15:30","exchange_time":"2026-11-23T09:15:31",
         "trade_date":"2026-11-23T00:00:00","order_reference_id":"ref-2026-0001"}
        """;

    private static void AssertFullOrder(GrowwOrder order) => Assert.Equal(new GrowwOrder
    {
        GrowwOrderId = "GMK39038RDT490CCVRO",
        TradingSymbol = "WIPRO",
        OrderStatus = GrowwOrderStatus.Open,
        Remark = "Order placed",
        Quantity = 10,
        Price = 250.55m,
        TriggerPrice = 0m,
        FilledQuantity = 4,
        RemainingQuantity = 6,
        AverageFillPrice = 250.4m,
        DeliverableQuantity = 4,
        AmoStatus = GrowwAmoStatus.NotApplicable,
        Validity = GrowwValidity.Day,
        Exchange = GrowwExchange.Nse,
        OrderType = GrowwOrderType.Limit,
        TransactionType = GrowwTransactionType.Buy,
        Segment = GrowwSegment.Cash,
        Product = GrowwProduct.Cnc,
        CreatedAt = new DateTimeOffset(2026, 11, 23, 9, 15, 30, Ist),
        ExchangeTime = new DateTimeOffset(2026, 11, 23, 9, 15, 31, Ist),
        TradeDate = new DateTimeOffset(2026, 11, 23, 0, 0, 0, Ist),
        OrderReferenceId = "ref-2026-0001",
    }, order);
}
