using System.Text.Json.Serialization;

namespace Broker.Dhan.MarketQuote;

/// <summary>The last traded price of an instrument (<c>POST /marketfeed/ltp</c>).</summary>
public sealed record DhanLtp
{
    /// <summary>The last traded price.</summary>
    [JsonPropertyName("last_price")]
    public decimal LastPrice { get; init; }
}
