using System.Text.Json.Serialization;

namespace Broker.Dhan.OptionChain;

/// <summary>The call or put at one strike of an option chain.</summary>
public sealed record DhanOptionLeg
{
    /// <summary>The option's security id.</summary>
    [JsonPropertyName("security_id")]
    public string? SecurityId { get; init; }

    /// <summary>The last traded price.</summary>
    [JsonPropertyName("last_price")]
    public decimal LastPrice { get; init; }

    /// <summary>The volume-weighted average price.</summary>
    [JsonPropertyName("average_price")]
    public decimal AveragePrice { get; init; }

    /// <summary>Implied volatility (0 when Dhan did not compute it).</summary>
    [JsonPropertyName("implied_volatility")]
    public decimal ImpliedVolatility { get; init; }

    /// <summary>The greeks.</summary>
    public DhanOptionGreeks? Greeks { get; init; }

    /// <summary>Open interest.</summary>
    [JsonPropertyName("oi")]
    public long OpenInterest { get; init; }

    /// <summary>The previous session's open interest.</summary>
    [JsonPropertyName("previous_oi")]
    public long PreviousOpenInterest { get; init; }

    /// <summary>The day's volume.</summary>
    public long Volume { get; init; }

    /// <summary>The previous session's volume.</summary>
    [JsonPropertyName("previous_volume")]
    public long PreviousVolume { get; init; }

    /// <summary>The previous session's close.</summary>
    [JsonPropertyName("previous_close_price")]
    public decimal PreviousClosePrice { get; init; }

    /// <summary>The best bid.</summary>
    [JsonPropertyName("top_bid_price")]
    public decimal TopBidPrice { get; init; }

    /// <summary>The quantity at the best bid.</summary>
    [JsonPropertyName("top_bid_quantity")]
    public long TopBidQuantity { get; init; }

    /// <summary>The best ask.</summary>
    [JsonPropertyName("top_ask_price")]
    public decimal TopAskPrice { get; init; }

    /// <summary>The quantity at the best ask.</summary>
    [JsonPropertyName("top_ask_quantity")]
    public long TopAskQuantity { get; init; }
}
