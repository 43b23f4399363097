using System.Text.Json.Serialization;

namespace Broker.Dhan.OptionChain;

/// <summary>The wire body of <c>POST /optionchain</c> and <c>/optionchain/expirylist</c> (PascalCase keys).</summary>
internal sealed class OptionChainBody
{
    [JsonPropertyName("UnderlyingScrip")]
    public long UnderlyingScrip { get; init; }

    [JsonPropertyName("UnderlyingSeg")]
    public DhanExchangeSegment UnderlyingSeg { get; init; }

    [JsonPropertyName("Expiry")]
    public string? Expiry { get; init; }
}

/// <summary>The <c>data</c> of the option-chain answer.</summary>
internal sealed class OptionChainData
{
    [JsonPropertyName("last_price")]
    public decimal LastPrice { get; init; }

    public Dictionary<string, OptionChainStrikeWire>? Oc { get; init; }
}

/// <summary>One strike on the wire.</summary>
internal sealed class OptionChainStrikeWire
{
    public DhanOptionLeg? Ce { get; init; }

    public DhanOptionLeg? Pe { get; init; }
}
