using Broker.Dhan.Feeds;
using Broker.Dhan.Orders;

namespace Broker.Dhan.Tests.Feeds;

/// <summary>Order-update messages (dhan-api.md §12.2) mapped to typed records with the REST enums.</summary>
public sealed class DhanOrderUpdateReaderTests
{
    private const string Alert = """
        {"Data":{"Exchange":"NSE","Segment":"E","Source":"P","SecurityId":"14366","ClientId":"1000000001","ExchOrderNo":"1100000016921452",
        "OrderNo":"112111182198","Product":"C","TxnType":"S","OrderType":"SLM","Validity":"DAY","DiscQuantity":0,"DiscQtyRem":0,
        "RemainingQuantity":1,"Quantity":1,"TradedQty":0,"Price":0,"TriggerPrice":13.5,"TradedPrice":0,"AvgTradedPrice":0,
        "AlgoOrdNo":"","OffMktFlag":"1","OrderDateTime":"2026-11-23 10:15:02","ExchOrderTime":"2026-11-23 10:15:03",
        "LastUpdatedTime":"2026-11-23 10:15:04","Remarks":"NA","MktType":"NL","ReasonDescription":"CONFIRMED","LegNo":2,
        "Instrument":"EQUITY","Symbol":"IDEA","ProductName":"CNC","Status":"Cancelled","LotSize":1,"StrikePrice":"",
        "ExpiryDate":"0001-01-01 00:00:00","OptType":"XX","CorrelationId":"abc-1","remarks":"duplicate key"},"Type":"order_alert"}
        """;

    [Fact]
    public void Order_alert_maps_single_letter_codes_to_the_rest_enums()
    {
        var update = Assert.IsType<DhanOrderUpdate>(DhanOrderUpdateReader.Read(System.Text.Encoding.UTF8.GetBytes(Alert)));

        Assert.Equal("112111182198", update.OrderId);
        Assert.Equal(DhanOrderStatus.Cancelled, update.Status);
        Assert.Equal("Cancelled", update.RawStatus);
        Assert.Equal(DhanTransactionType.Sell, update.TransactionType);
        Assert.Equal(DhanProductType.Cnc, update.ProductType);
        Assert.Equal(DhanOrderType.StopLossMarket, update.OrderType);
        Assert.Equal(DhanValidity.Day, update.Validity);
        Assert.Equal((1L, 1L, 0L), (update.Quantity, update.RemainingQuantity, update.TradedQuantity));
        Assert.Equal(13.5m, update.TriggerPrice);
        Assert.True(update.AfterMarketOrder);
        Assert.Equal(2, update.LegNumber);
        Assert.Null(update.StrikePrice);
        Assert.Equal("NA", update.Remarks);
        Assert.Equal("abc-1", update.CorrelationId);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 15, 4, TimeSpan.FromHours(5.5)), update.LastUpdatedTime);
        Assert.Contains("order_alert", update.RawJson, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("C", "CNC")]
    [InlineData("I", "INTRADAY")]
    [InlineData("M", "MARGIN")]
    [InlineData("F", "MTF")]
    [InlineData("V", "CO")]
    [InlineData("B", "BO")]
    [InlineData("Z", "Z")]
    public void Product_codes_map_to_rest_product_types(string code, string expected) =>
        Assert.Equal(expected, DhanOrderUpdateReader.MapProduct(code).Value);

    [Theory]
    [InlineData("Part Traded", "PART_TRADED")]
    [InlineData("Traded", "TRADED")]
    [InlineData("pending", "PENDING")]
    public void Status_text_maps_to_the_rest_status(string text, string expected) =>
        Assert.Equal(expected, DhanOrderUpdateReader.MapStatus(text).Value);

    [Fact]
    public void Other_message_types_are_reported_as_unknown_messages()
    {
        var message = Assert.IsType<DhanUnknownMessage>(DhanOrderUpdateReader.Read("""{"Type":"heartbeat"}"""u8));

        Assert.Equal("heartbeat", message.Type);
    }

    [Fact]
    public void Invalid_json_does_not_throw()
    {
        var message = Assert.IsType<DhanUnknownMessage>(DhanOrderUpdateReader.Read("""{"Data":{"AlgoOrdNo": ,}}"""u8));

        Assert.Null(message.Type);
    }
}
