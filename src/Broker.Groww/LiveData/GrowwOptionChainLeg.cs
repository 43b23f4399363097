using System.Text.Json.Serialization;

namespace Broker.Groww.LiveData;

/// <summary>One option (call or put) of an option-chain strike.</summary>
public sealed record GrowwOptionChainLeg
{
    /// <summary>Its greeks (<c>greeks</c>).</summary>
    [JsonPropertyName("greeks")]
    public GrowwGreeks? Greeks { get; init; }

    /// <summary>Its trading symbol (<c>trading_symbol</c>).</summary>
    [JsonPropertyName("trading_symbol")]
    public string? TradingSymbol { get; init; }

    /// <summary>Its last traded price (<c>ltp</c>).</summary>
    [JsonPropertyName("ltp")]
    public decimal? Ltp { get; init; }

    /// <summary>Its open interest (<c>open_interest</c>).</summary>
    [JsonPropertyName("open_interest")]
    public long? OpenInterest { get; init; }

    /// <summary>Its volume (<c>volume</c>).</summary>
    [JsonPropertyName("volume")]
    public long? Volume { get; init; }
}
