using System.Net;
using Broker.Groww.SmartOrders;
using Broker.Groww.Tests.Infrastructure;

namespace Broker.Groww.Tests.SmartOrders;

public sealed class SmartOrdersClientTests : IDisposable
{
    private static readonly TimeSpan Ist = TimeSpan.FromHours(5.5);
    private readonly GrowwFixture _groww = GrowwFixture.Create();

    public void Dispose() => _groww.Dispose();

    private const string GttJson = """
        {"smart_order_id":"gtt_91a7f4","smart_order_type":"GTT","status":"ACTIVE","trading_symbol":"TCS","exchange":"NSE",
         "quantity":10,"product_type":"CNC","duration":"DAY","order":{"order_type":"LIMIT","price":"3985.00","transaction_type":"BUY"},
         "trigger_direction":"DOWN","trigger_price":"3990.00","ltp":4012.35,"segment":"CASH","remark":null,"display_name":"Tata Consultancy Services",
         "child_legs":null,"is_cancellation_allowed":true,"is_modification_allowed":true,"created_at":"2026-11-23T09:20:00",
         "expire_at":"2027-11-23T09:20:00","triggered_at":null,"updated_at":"2026-11-23T09:20:00"}
        """;

    [Fact]
    public async Task CreateGttAsync_sends_prices_as_decimal_strings_and_parses_the_smart_order()
    {
        _groww.ExpectSuccess(HttpMethod.Post, "/v1/order-advance/create", GttJson, HttpStatusCode.Created);

        var placement = await _groww.Client.SmartOrders.CreateGttAsync(new GrowwCreateGttRequest
        {
            ReferenceId = "gtt-ref-0001",
            Segment = GrowwSegment.Cash,
            TradingSymbol = "TCS",
            Quantity = 10,
            TriggerPrice = 3990.00m,
            TriggerDirection = GrowwTriggerDirection.Down,
            Order = new GrowwGttOrderLeg { OrderType = GrowwOrderType.Limit, Price = 3985.00m, TransactionType = GrowwTransactionType.Buy },
            ProductType = GrowwProduct.Cnc,
            Exchange = GrowwExchange.Nse,
        });

        var request = Assert.Single(_groww.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/v1/order-advance/create", request.PathAndQuery);
        request.AssertStandardHeaders();
        request.AssertJsonBody("""
            {"reference_id":"gtt-ref-0001","smart_order_type":"GTT","segment":"CASH","trading_symbol":"TCS","quantity":10,
             "trigger_price":"3990.00","trigger_direction":"DOWN","order":{"order_type":"LIMIT","price":"3985.00","transaction_type":"BUY"},
             "product_type":"CNC","exchange":"NSE","duration":"DAY"}
            """);
        Assert.Equal("gtt-ref-0001", placement.ReferenceId);
        AssertGtt(placement.SmartOrder);
    }

    [Fact]
    public async Task CreateOcoAsync_sends_both_legs_and_generates_a_reference()
    {
        _groww.ExpectSuccess(HttpMethod.Post, "/v1/order-advance/create", """
            {"smart_order_id":"oco_a12bc3","smart_order_type":"OCO","status":"ACTIVE","trading_symbol":"NIFTY25DEC24000CE","exchange":"NSE",
             "quantity":75,"net_position_quantity":75,"transaction_type":"SELL","product_type":"NRML","duration":"DAY","segment":"FNO",
             "target":{"trigger_price":"180.00","order_type":"LIMIT","price":"181.00"},"stop_loss":{"trigger_price":"90.00","order_type":"SL_M","price":null},
             "is_cancellation_allowed":true,"is_modification_allowed":true,"created_at":"2026-11-23T09:30:00","expire_at":null}
            """, HttpStatusCode.Created);

        var placement = await _groww.Client.SmartOrders.CreateOcoAsync(new GrowwCreateOcoRequest
        {
            Segment = GrowwSegment.Fno,
            TradingSymbol = "NIFTY25DEC24000CE",
            Quantity = 75,
            NetPositionQuantity = 75,
            TransactionType = GrowwTransactionType.Sell,
            Target = new GrowwOcoLeg { TriggerPrice = 180.00m, OrderType = GrowwOrderType.Limit, Price = 181.00m },
            StopLoss = new GrowwOcoLeg { TriggerPrice = 90.00m, OrderType = GrowwOrderType.StopLossMarket },
            ProductType = GrowwProduct.Nrml,
            Exchange = GrowwExchange.Nse,
        });

        Assert.Matches("^[A-Za-z0-9]{20}$", placement.ReferenceId);
        _groww.Requests[0].AssertJsonBody($$"""
            {"reference_id":"{{placement.ReferenceId}}","smart_order_type":"OCO","segment":"FNO","trading_symbol":"NIFTY25DEC24000CE",
             "quantity":75,"net_position_quantity":75,"transaction_type":"SELL","target":{"trigger_price":"180.00","order_type":"LIMIT","price":"181.00"},
             "stop_loss":{"trigger_price":"90.00","order_type":"SL_M"},"product_type":"NRML","exchange":"NSE","duration":"DAY"}
            """);
        var oco = placement.SmartOrder;
        Assert.Equal("oco_a12bc3", oco.SmartOrderId);
        Assert.Equal(GrowwSmartOrderType.Oco, oco.SmartOrderType);
        Assert.Equal(75, oco.NetPositionQuantity);
        Assert.Equal(new GrowwOcoLeg { TriggerPrice = 180m, OrderType = GrowwOrderType.Limit, Price = 181m }, oco.Target);
        Assert.Equal(new GrowwOcoLeg { TriggerPrice = 90m, OrderType = GrowwOrderType.StopLossMarket }, oco.StopLoss);
        Assert.Null(oco.ExpireAt);
    }

    [Fact]
    public async Task ModifyGttAsync_puts_only_the_changed_fields()
    {
        _groww.ExpectSuccess(HttpMethod.Put, "/v1/order-advance/modify/gtt_91a7f4", """{"smart_order_id":"gtt_91a7f4","smart_order_type":"GTT","status":"ACTIVE","quantity":12}""", HttpStatusCode.Accepted);

        var order = await _groww.Client.SmartOrders.ModifyGttAsync("gtt_91a7f4", new GrowwModifyGttRequest
        {
            Segment = GrowwSegment.Cash,
            Quantity = 12,
            TriggerPrice = 3980.5m,
            Order = new GrowwGttOrderLeg { OrderType = GrowwOrderType.Limit, Price = 3975m, TransactionType = GrowwTransactionType.Buy },
        });

        var request = Assert.Single(_groww.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        request.AssertStandardHeaders();
        request.AssertJsonBody("""
            {"smart_order_type":"GTT","segment":"CASH","quantity":12,"trigger_price":"3980.5",
             "order":{"order_type":"LIMIT","price":"3975","transaction_type":"BUY"}}
            """);
        Assert.Equal(12, order.Quantity);
        Assert.Equal(GrowwSmartOrderStatus.Active, order.Status);
    }

    [Fact]
    public async Task ModifyOcoAsync_puts_the_leg_trigger_prices()
    {
        _groww.ExpectSuccess(HttpMethod.Put, "/v1/order-advance/modify/oco_a12bc3", """{"smart_order_id":"oco_a12bc3","smart_order_type":"OCO","status":"ACTIVE","quantity":75}""", HttpStatusCode.Accepted);

        await _groww.Client.SmartOrders.ModifyOcoAsync("oco_a12bc3", new GrowwModifyOcoRequest
        {
            Segment = GrowwSegment.Fno,
            Target = new GrowwOcoLeg { TriggerPrice = 185m },
            StopLoss = new GrowwOcoLeg { TriggerPrice = 95m },
        });

        _groww.Requests[0].AssertJsonBody("""{"smart_order_type":"OCO","segment":"FNO","target":{"trigger_price":"185"},"stop_loss":{"trigger_price":"95"}}""");
    }

    [Fact]
    public async Task CancelAsync_posts_to_the_path_without_a_body()
    {
        _groww.ExpectSuccess(HttpMethod.Post, "/v1/order-advance/cancel/CASH/GTT/gtt_91a7f4", """{"smart_order_id":"gtt_91a7f4","smart_order_type":"GTT","status":"CANCELLED"}""", HttpStatusCode.Accepted);

        var order = await _groww.Client.SmartOrders.CancelAsync(GrowwSegment.Cash, GrowwSmartOrderType.Gtt, "gtt_91a7f4");

        var request = Assert.Single(_groww.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Null(request.Body);
        request.AssertStandardHeaders();
        Assert.Equal(GrowwSmartOrderStatus.Cancelled, order.Status);
    }

    [Fact]
    public async Task FindAsync_reads_the_internal_status_path()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/order-advance/status/CASH/GTT/internal/gtt_91a7f4", GttJson);

        var order = await _groww.Client.SmartOrders.FindAsync(GrowwSegment.Cash, GrowwSmartOrderType.Gtt, "gtt_91a7f4");

        _groww.Requests[0].AssertStandardHeaders();
        Assert.NotNull(order);
        AssertGtt(order);
    }

    [Fact]
    public async Task FindAsync_returns_null_for_a_smart_order_groww_does_not_know()
    {
        _groww.ExpectFailure(HttpMethod.Get, "/v1/order-advance/status/CASH/GTT/internal/gtt_gone", "GA004", "Smart order not found.", System.Net.HttpStatusCode.NotFound);

        var order = await _groww.Client.SmartOrders.FindAsync(GrowwSegment.Cash, GrowwSmartOrderType.Gtt, "gtt_gone");

        Assert.Null(order);
    }

    [Fact]
    public async Task GetAllAsync_sends_every_filter_with_ist_times()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/order-advance/list", $$"""{"orders":[{{GttJson}}]}""");

        var orders = await _groww.Client.SmartOrders.GetAllAsync(new GrowwSmartOrderListRequest
        {
            SmartOrderType = GrowwSmartOrderType.Gtt,
            Segment = GrowwSegment.Cash,
            Status = GrowwSmartOrderStatus.Active,
            Page = 0,
            PageSize = 50,
            StartDateTime = new DateTimeOffset(2026, 11, 23, 3, 45, 0, TimeSpan.Zero),
            EndDateTime = new DateTimeOffset(2026, 11, 24, 0, 0, 0, Ist),
        });

        Assert.Equal(
            "/v1/order-advance/list?segment=CASH&smart_order_type=GTT&status=ACTIVE&page=0&page_size=50&start_date_time=2026-11-23T09%3A15%3A00&end_date_time=2026-11-24T00%3A00%3A00",
            _groww.Requests[0].PathAndQuery);
        AssertGtt(Assert.Single(orders));
    }

    private static void AssertGtt(GrowwSmartOrder order) => Assert.Equal(new GrowwSmartOrder
    {
        SmartOrderId = "gtt_91a7f4",
        SmartOrderType = GrowwSmartOrderType.Gtt,
        Status = GrowwSmartOrderStatus.Active,
        TradingSymbol = "TCS",
        Exchange = GrowwExchange.Nse,
        Quantity = 10,
        ProductType = GrowwProduct.Cnc,
        Duration = GrowwValidity.Day,
        Order = new GrowwGttOrderLeg { OrderType = GrowwOrderType.Limit, Price = 3985.00m, TransactionType = GrowwTransactionType.Buy },
        TriggerDirection = GrowwTriggerDirection.Down,
        TriggerPrice = 3990.00m,
        Ltp = 4012.35m,
        Segment = GrowwSegment.Cash,
        DisplayName = "Tata Consultancy Services",
        IsCancellationAllowed = true,
        IsModificationAllowed = true,
        CreatedAt = new DateTimeOffset(2026, 11, 23, 9, 20, 0, Ist),
        ExpireAt = new DateTimeOffset(2027, 11, 23, 9, 20, 0, Ist),
        UpdatedAt = new DateTimeOffset(2026, 11, 23, 9, 20, 0, Ist),
    }, order);
}
