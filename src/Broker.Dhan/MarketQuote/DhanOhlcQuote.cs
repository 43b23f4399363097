using System.Text.Json.Serialization;

namespace Broker.Dhan.MarketQuote;

/// <summary>Last price and OHLC of an instrument (<c>POST /marketfeed/ohlc</c>).</summary>
public sealed record DhanOhlcQuote
{
    /// <summary>The last traded price.</summary>
    [JsonPropertyName("last_price")]
    public decimal LastPrice { get; init; }

    /// <summary>Open, high, low, close.</summary>
    public DhanOhlc? Ohlc { get; init; }
}
