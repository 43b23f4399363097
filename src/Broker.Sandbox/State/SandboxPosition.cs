namespace Broker.Sandbox;

/// <summary>The day's position in one instrument and product.</summary>
/// <param name="TradingSymbol">The instrument's trading symbol.</param>
/// <param name="Product">The product as sent.</param>
/// <param name="BuyQuantity">Bought today.</param>
/// <param name="BuyAverage">Average buy price.</param>
/// <param name="SellQuantity">Sold today.</param>
/// <param name="SellAverage">Average sell price.</param>
/// <param name="NetQuantity">Bought minus sold.</param>
/// <param name="RealizedProfit">Profit booked on the closed quantity.</param>
/// <param name="UnrealizedProfit">Mark-to-market of the open quantity at the last price.</param>
public sealed record SandboxPosition(
    string TradingSymbol,
    string Product,
    long BuyQuantity,
    decimal BuyAverage,
    long SellQuantity,
    decimal SellAverage,
    long NetQuantity,
    decimal RealizedProfit,
    decimal UnrealizedProfit);
