namespace Broker.Dhan.Tests.Orders;

internal static class OrderSamples
{
    public const string Order = """
        {"dhanClientId":"1000000003","orderId":"112111182198","exchangeOrderId":"1200000000012","correlationId":"abc-123_X","orderStatus":"PENDING",
         "transactionType":"BUY","exchangeSegment":"NSE_EQ","productType":"INTRADAY","orderType":"LIMIT","validity":"DAY","tradingSymbol":"HDFCBANK",
         "securityId":"1333","quantity":5,"disclosedQuantity":0,"price":1500.5,"triggerPrice":0,"afterMarketOrder":false,"boProfitValue":0,"boStopLossValue":0,
         "legName":"NA","createTime":"2024-09-12 10:15:30","updateTime":"2024-09-12 10:15:31","exchangeTime":"0001-01-01 00:00:00","drvExpiryDate":"0001-01-01",
         "drvOptionType":"NA","drvStrikePrice":0.0,"omsErrorCode":null,"omsErrorDescription":"CONFIRMED","algoId":"","remainingQuantity":3,"averageTradedPrice":1500,"filledQty":2}
        """;

    public const string Trade = """
        {"dhanClientId":"1000000009","orderId":"112111182045","exchangeOrderId":"15112111182045","exchangeTradeId":"15112111182045","transactionType":"BUY",
         "exchangeSegment":"NSE_FNO","productType":"MARGIN","orderType":"LIMIT","tradingSymbol":"NIFTY-Oct2024-25000-CE","customSymbol":"NIFTY 31 OCT 25000 CALL",
         "securityId":"43556","tradedQuantity":75,"tradedPrice":120.35,"createTime":"2024-10-01 09:20:11","updateTime":"2024-10-01 09:20:12",
         "exchangeTime":"2024-10-01 09:20:12","drvExpiryDate":"2024-10-31","drvOptionType":"CALL","drvStrikePrice":25000}
        """;
}
