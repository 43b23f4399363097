using System.Text;
using System.Text.Json;
using Broker.Dhan.Orders;
using Broker.Errors;

namespace Broker.Dhan.Tests.Orders;

/// <summary>Reading the order JSON Dhan POSTs to a postback URL (spec §14: the order-book object with <c>filled_qty</c>).</summary>
public sealed class PostbackParserTests
{
    private static readonly TimeSpan Ist = TimeSpan.FromHours(5.5);

    /// <summary>A partly filled option order, with every order-book field, <c>filled_qty</c> and a null <c>algoId</c>.</summary>
    private const string DocumentedBody = """
        {"dhanClientId":"1000000003","orderId":"112111182198","exchangeOrderId":"1200000000012","correlationId":"tv-0001",
         "orderStatus":"PART_TRADED","transactionType":"SELL","exchangeSegment":"NSE_FNO","productType":"MARGIN","orderType":"STOP_LOSS",
         "validity":"DAY","tradingSymbol":"NIFTY-Oct2024-25000-CE","securityId":"43556","quantity":75,"disclosedQuantity":0,
         "price":120.5,"triggerPrice":121,"afterMarketOrder":false,"boProfitValue":0,"boStopLossValue":0,"legName":"ENTRY_LEG",
         "createTime":"2024-10-01 09:20:11","updateTime":"2024-10-01 09:20:42","exchangeTime":"2024-10-01 09:20:41",
         "drvExpiryDate":"2024-10-31","drvOptionType":"CALL","drvStrikePrice":25000.0,"omsErrorCode":null,
         "omsErrorDescription":"CONFIRMED","algoId":null,"remainingQuantity":50,"averageTradedPrice":120.35,"filled_qty":25}
        """;

    private static readonly DhanOrder DocumentedOrder = new()
    {
        DhanClientId = "1000000003",
        OrderId = "112111182198",
        ExchangeOrderId = "1200000000012",
        CorrelationId = "tv-0001",
        OrderStatus = DhanOrderStatus.PartTraded,
        TransactionType = DhanTransactionType.Sell,
        ExchangeSegment = DhanExchangeSegment.NseFno,
        ProductType = DhanProductType.Margin,
        OrderType = DhanOrderType.StopLoss,
        Validity = DhanValidity.Day,
        TradingSymbol = "NIFTY-Oct2024-25000-CE",
        SecurityId = "43556",
        Quantity = 75,
        DisclosedQuantity = 0,
        Price = 120.5m,
        TriggerPrice = 121m,
        AfterMarketOrder = false,
        BoProfitValue = 0m,
        BoStopLossValue = 0m,
        LegName = DhanLegName.EntryLeg,
        CreateTime = new DateTimeOffset(2024, 10, 1, 9, 20, 11, Ist),
        UpdateTime = new DateTimeOffset(2024, 10, 1, 9, 20, 42, Ist),
        ExchangeTime = new DateTimeOffset(2024, 10, 1, 9, 20, 41, Ist),
        DrvExpiryDate = new DateOnly(2024, 10, 31),
        DrvOptionType = DhanOptionType.Call,
        DrvStrikePrice = 25000m,
        OmsErrorCode = null,
        OmsErrorDescription = "CONFIRMED",
        AlgoId = null,
        RemainingQuantity = 50,
        AverageTradedPrice = 120.35m,
        FilledQuantity = 25,
    };

    [Fact]
    public void A_documented_postback_reads_into_every_order_book_field()
    {
        var order = DhanPostback.Parse(DocumentedBody);

        Assert.Equal(DocumentedOrder, order);
    }

    [Fact]
    public void The_fill_comes_from_the_snake_case_filled_qty_field()
    {
        var order = DhanPostback.Parse("""{"orderId":"1","quantity":10,"filled_qty":4,"remainingQuantity":6}""");

        Assert.Equal(4, order.FilledQuantity);
    }

    [Fact]
    public void Times_are_read_as_IST_offsets()
    {
        var order = DhanPostback.Parse(DocumentedBody);

        Assert.Equal(Ist, order.UpdateTime!.Value.Offset);
    }

    [Fact]
    public void The_sentinels_of_an_order_not_yet_at_the_exchange_read_as_no_value()
    {
        var order = DhanPostback.Parse("""
            {"orderId":"2","orderStatus":"TRANSIT","exchangeOrderId":"","legName":"NA","exchangeTime":"0001-01-01 00:00:00",
             "drvExpiryDate":"0001-01-01","drvOptionType":"NA","algoId":null,"filled_qty":0}
            """);

        Assert.Equal(
            (DhanOrderStatus.Transit, (DhanLegName?)null, (DateTimeOffset?)null, (DateOnly?)null, (DhanOptionType?)null, (string?)null),
            (order.OrderStatus, order.LegName, order.ExchangeTime, order.DrvExpiryDate, order.DrvOptionType, order.AlgoId));
    }

    [Fact]
    public void Values_the_SDK_does_not_know_are_kept_as_sent()
    {
        var order = DhanPostback.Parse("""{"orderStatus":"ON_HOLD","productType":"BRAND_NEW","orderType":"ICEBERG","validity":"GTD","filled_qty":0}""");

        Assert.Equal(("ON_HOLD", "BRAND_NEW", "ICEBERG", "GTD"), (order.OrderStatus.Value, order.ProductType.Value, order.OrderType.Value, order.Validity.Value));
    }

    [Fact]
    public void Numbers_sent_as_strings_are_read()
    {
        var order = DhanPostback.Parse("""{"quantity":"75","price":"120.50","filled_qty":"25"}""");

        Assert.Equal((75L, 120.50m, 25L), (order.Quantity, order.Price, order.FilledQuantity));
    }

    [Theory]
    [InlineData("")]
    [InlineData("order filled")]
    [InlineData("<html><body>502</body></html>")]
    [InlineData("""{"orderId":"1","quantity":5""")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("""{"quantity":"ten"}""")]
    [InlineData("""{"quantity":{}}""")]
    [InlineData("""{"afterMarketOrder":"maybe"}""")]
    [InlineData("""{"createTime":"yesterday"}""")]
    [InlineData("""{"filled_qty":2.5}""")]
    public void A_body_that_is_not_the_documented_order_json_raises_the_SDK_postback_format_exception(string body)
    {
        var ex = Assert.Throws<DhanPostbackFormatException>(() => DhanPostback.Parse(body));

        Assert.Equal(("Dhan", ErrorCategory.InvalidResponse), (ex.Broker, ex.Category));
    }

    [Fact]
    public void A_field_of_the_wrong_type_is_named_in_the_exception()
    {
        var ex = Assert.Throws<DhanPostbackFormatException>(() => DhanPostback.Parse("""{"orderId":"1","quantity":"ten"}"""));

        Assert.Equal("$.quantity", ex.JsonPath);
        Assert.Contains("$.quantity", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_format_exception_is_a_broker_exception_so_one_catch_handles_every_SDK_failure()
    {
        var ex = Record.Exception(() => DhanPostback.Parse("not json"));

        Assert.IsAssignableFrom<BrokerException>(ex);
    }

    [Fact]
    public void TryParse_answers_false_for_a_malformed_body()
    {
        var read = DhanPostback.TryParse("{\"quantity\":"u8, out var order);

        Assert.Equal((false, (DhanOrder?)null), (read, order));
    }

    [Fact]
    public void TryParse_answers_the_order_for_a_documented_body()
    {
        var read = DhanPostback.TryParse(Encoding.UTF8.GetBytes(DocumentedBody), out var order);

        Assert.Equal((true, DocumentedOrder), (read, order));
    }

    [Fact]
    public async Task ParseAsync_reads_a_request_body_stream()
    {
        using var body = new MemoryStream(Encoding.UTF8.GetBytes(DocumentedBody));

        var order = await DhanPostback.ParseAsync(body, CancellationToken.None);

        Assert.Equal(DocumentedOrder, order);
    }

    [Fact]
    public async Task ParseAsync_raises_the_format_exception_for_a_malformed_stream()
    {
        using var body = new MemoryStream("{\"orderId\":"u8.ToArray());

        var ex = await Assert.ThrowsAsync<DhanPostbackFormatException>(() => DhanPostback.ParseAsync(body, CancellationToken.None));

        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
    }
}
