using Broker.Dhan;
using Broker.Dhan.Orders;

namespace Broker.IntegrationTests.Dhan;

/// <summary>Order requests for the sandbox's default instruments (RELIANCE 2885, TCS 11536, INFY 1594, HDFCBANK 1333 on NSE_EQ).</summary>
internal static class DhanOrders
{
    public const string Reliance = "2885";
    public const string Tcs = "11536";
    public const string Infy = "1594";
    public const string HdfcBank = "1333";

    public static DhanPlaceOrderRequest Limit(string securityId, long quantity, decimal price, string? correlationId = null) => new()
    {
        SecurityId = securityId,
        ExchangeSegment = DhanExchangeSegment.NseEquity,
        TransactionType = DhanTransactionType.Buy,
        Quantity = quantity,
        OrderType = DhanOrderType.Limit,
        ProductType = DhanProductType.Intraday,
        Price = price,
        CorrelationId = correlationId,
    };

    public static DhanPlaceOrderRequest Market(string securityId, long quantity, DhanTransactionType? side = null) => new()
    {
        SecurityId = securityId,
        ExchangeSegment = DhanExchangeSegment.NseEquity,
        TransactionType = side ?? DhanTransactionType.Buy,
        Quantity = quantity,
        OrderType = DhanOrderType.Market,
        ProductType = DhanProductType.Intraday,
    };
}
