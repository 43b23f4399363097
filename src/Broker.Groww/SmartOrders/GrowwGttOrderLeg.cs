using System.Text.Json.Serialization;
using Broker.Groww.Serialization;

namespace Broker.Groww.SmartOrders;

/// <summary>The order a GTT places when it triggers (<c>order</c>). Its price travels as a decimal string.</summary>
public sealed record GrowwGttOrderLeg
{
    /// <summary>The order type (<c>order_type</c>), such as LIMIT or SL; MARKET and SL_M take no price.</summary>
    [JsonPropertyName("order_type")]
    public GrowwOrderType OrderType { get; init; }

    /// <summary>The limit price in rupees (<c>price</c>), required for LIMIT and SL.</summary>
    [JsonPropertyName("price")]
    [JsonConverter(typeof(GrowwDecimalStringConverter))]
    public decimal? Price { get; init; }

    /// <summary>Buy or sell (<c>transaction_type</c>); required, and not modifiable.</summary>
    [JsonPropertyName("transaction_type")]
    public GrowwTransactionType TransactionType { get; init; }
}
