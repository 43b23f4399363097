using System.Text.Json.Serialization;

namespace Broker.Groww.Orders;

/// <summary>The payload of an order's trade list.</summary>
internal sealed record GrowwTradeListPayload
{
    [JsonPropertyName("trade_list")]
    public IReadOnlyList<GrowwTrade>? TradeList { get; init; }
}
