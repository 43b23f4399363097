using Broker.Errors;
using Broker.Groww.Orders;
using Broker.Groww.SmartOrders;
using Broker.Groww.Tests.Infrastructure;

namespace Broker.Groww.Tests.Validation;

public sealed class ValidationTests : IDisposable
{
    private readonly GrowwFixture _groww = GrowwFixture.Create();

    public void Dispose() => _groww.Dispose();

    private static readonly GrowwPlaceOrderRequest Valid = new()
    {
        TradingSymbol = "WIPRO",
        Quantity = 1,
        Price = 250m,
        Exchange = GrowwExchange.Nse,
        Segment = GrowwSegment.Cash,
        Product = GrowwProduct.Cnc,
        OrderType = GrowwOrderType.Limit,
        TransactionType = GrowwTransactionType.Buy,
    };

    public static TheoryData<string, GrowwPlaceOrderRequest> InvalidOrders => new()
    {
        { "TradingSymbol", Valid with { TradingSymbol = " " } },
        { "Quantity", Valid with { Quantity = 0 } },
        { "Quantity", Valid with { Quantity = -5 } },
        { "Price", Valid with { Price = null } },
        { "Price", Valid with { Price = 0m } },
        { "TriggerPrice", Valid with { TriggerPrice = 249m } },
        { "Price", Valid with { OrderType = GrowwOrderType.Market } },
        { "TriggerPrice", Valid with { OrderType = GrowwOrderType.StopLoss } },
        { "TriggerPrice", Valid with { OrderType = GrowwOrderType.StopLossMarket, Price = null } },
        { "Price", Valid with { OrderType = GrowwOrderType.StopLossMarket, TriggerPrice = 240m } },
        { "Exchange", Valid with { Exchange = default } },
        { "Segment", Valid with { Segment = default } },
        { "Product", Valid with { Product = default } },
        { "TransactionType", Valid with { TransactionType = default } },
        { "OrderType", Valid with { OrderType = default } },
        { "OrderReferenceId", Valid with { OrderReferenceId = "short7c" } },
        { "OrderReferenceId", Valid with { OrderReferenceId = "abcdefghij0123456789x" } },
        { "OrderReferenceId", Valid with { OrderReferenceId = "a-b-c-defgh" } },
        { "OrderReferenceId", Valid with { OrderReferenceId = "ref_with_underscore" } },
    };

    [Theory]
    [MemberData(nameof(InvalidOrders))]
    public async Task PlaceOrderAsync_refuses_an_invalid_order_naming_the_field_and_sends_nothing(string field, GrowwPlaceOrderRequest order)
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => _groww.Client.Orders.PlaceOrderAsync(order));

        Assert.Equal(field, ex.ParameterName);
        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
        Assert.Empty(_groww.Requests);
    }

    [Theory]
    [InlineData("ref-2026-01")]
    [InlineData("ABCDEFGH")]
    [InlineData("a-b-cdefghijklmnopqr")]
    public async Task PlaceOrderAsync_accepts_references_of_8_to_20_alphanumerics_with_up_to_two_hyphens(string reference)
    {
        _groww.ExpectSuccess(HttpMethod.Post, "/v1/order/create", """{"groww_order_id":"GMK1","order_status":"NEW"}""");

        var placement = await _groww.Client.Orders.PlaceOrderAsync(Valid with { OrderReferenceId = reference });

        Assert.Equal(reference, placement.OrderReferenceId);
    }

    [Fact]
    public async Task Empty_order_ids_are_refused()
    {
        await AssertRefused("growwOrderId", () => _groww.Client.Orders.CancelOrderAsync("", GrowwSegment.Cash));
        await AssertRefused("growwOrderId", () => _groww.Client.Orders.GetOrderStatusAsync(" ", GrowwSegment.Cash));
        await AssertRefused("growwOrderId", () => _groww.Client.Orders.FindOrderAsync("", GrowwSegment.Cash));
        await AssertRefused("growwOrderId", () => _groww.Client.Orders.GetTradesOfOrderAsync("", GrowwSegment.Cash));
        await AssertRefused("orderReferenceId", () => _groww.Client.Orders.FindOrderByReferenceAsync("", GrowwSegment.Cash));
        await AssertRefused("GrowwOrderId", () => _groww.Client.Orders.ModifyOrderAsync(new GrowwModifyOrderRequest { GrowwOrderId = "", Segment = GrowwSegment.Cash, OrderType = GrowwOrderType.Market, Quantity = 1 }));
        await AssertRefused("smartOrderId", () => _groww.Client.SmartOrders.CancelAsync(GrowwSegment.Cash, GrowwSmartOrderType.Gtt, ""));
        await AssertRefused("smartOrderId", () => _groww.Client.SmartOrders.FindAsync(GrowwSegment.Cash, GrowwSmartOrderType.Gtt, ""));
        await AssertRefused("segment", () => _groww.Client.Orders.GetOrderStatusAsync("GMK1", default));
        Assert.Empty(_groww.Requests);
    }

    [Fact]
    public async Task Paging_outside_groww_limits_is_refused()
    {
        await AssertRefused("PageSize", () => _groww.Client.Orders.GetOrdersAsync(new GrowwOrderListRequest { PageSize = 26 }));
        await AssertRefused("pageSize", () => _groww.Client.Orders.GetTradesOfOrderAsync("GMK1", GrowwSegment.Cash, pageSize: 51));
        await AssertRefused("Page", () => _groww.Client.SmartOrders.GetAllAsync(new GrowwSmartOrderListRequest { Page = 501 }));
        Assert.Empty(_groww.Requests);
    }

    [Fact]
    public async Task Live_data_symbols_must_be_written_exchange_underscore_symbol()
    {
        await AssertRefused("exchangeSymbols", () => _groww.Client.LiveData.GetLtpAsync(GrowwSegment.Cash, ["RELIANCE"]));
        await AssertRefused("exchangeSymbols", () => _groww.Client.LiveData.GetLtpAsync(GrowwSegment.Cash, []));
        await AssertRefused("tradingSymbol", () => _groww.Client.LiveData.GetQuoteAsync(GrowwExchange.Nse, GrowwSegment.Cash, ""));
    }

    [Fact]
    public async Task A_gtt_limit_order_needs_a_price_and_an_oco_quantity_may_not_exceed_the_position()
    {
        await AssertRefused("Order.Price", () => _groww.Client.SmartOrders.CreateGttAsync(new GrowwCreateGttRequest
        {
            Segment = GrowwSegment.Cash, TradingSymbol = "TCS", Quantity = 1, TriggerPrice = 10m, TriggerDirection = GrowwTriggerDirection.Up,
            Order = new GrowwGttOrderLeg { OrderType = GrowwOrderType.Limit, TransactionType = GrowwTransactionType.Buy },
            ProductType = GrowwProduct.Cnc, Exchange = GrowwExchange.Nse,
        }));
        await AssertRefused("NetPositionQuantity", () => _groww.Client.SmartOrders.CreateOcoAsync(new GrowwCreateOcoRequest
        {
            Segment = GrowwSegment.Fno, TradingSymbol = "X", Quantity = 100, NetPositionQuantity = 75, TransactionType = GrowwTransactionType.Sell,
            Target = new GrowwOcoLeg { TriggerPrice = 1m, OrderType = GrowwOrderType.Market },
            StopLoss = new GrowwOcoLeg { TriggerPrice = 1m, OrderType = GrowwOrderType.StopLossMarket },
            ProductType = GrowwProduct.Nrml, Exchange = GrowwExchange.Nse,
        }));
        await AssertRefused("StopLoss.OrderType", () => _groww.Client.SmartOrders.CreateOcoAsync(new GrowwCreateOcoRequest
        {
            Segment = GrowwSegment.Fno, TradingSymbol = "X", Quantity = 75, NetPositionQuantity = 75, TransactionType = GrowwTransactionType.Sell,
            Target = new GrowwOcoLeg { TriggerPrice = 1m, OrderType = GrowwOrderType.Market },
            StopLoss = new GrowwOcoLeg { TriggerPrice = 1m, OrderType = GrowwOrderType.Limit, Price = 1m },
            ProductType = GrowwProduct.Nrml, Exchange = GrowwExchange.Nse,
        }));
        Assert.Empty(_groww.Requests);
    }

    private static async Task AssertRefused(string field, Func<Task> call)
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(call);
        Assert.Equal(field, ex.ParameterName);
    }
}
