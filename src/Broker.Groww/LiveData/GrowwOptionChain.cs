using System.Text.Json.Serialization;
using Broker.Collections;

namespace Broker.Groww.LiveData;

/// <summary>An option chain (<c>GET /v1/option-chain/exchange/{exchange}/underlying/{underlying}</c>).</summary>
public sealed record GrowwOptionChain
{
    /// <summary>The underlying's last traded price (<c>underlying_ltp</c>).</summary>
    [JsonPropertyName("underlying_ltp")]
    public decimal? UnderlyingLtp { get; init; }

    /// <summary>The strikes, keyed by the strike price as Groww writes it (such as <c>23400</c>) (<c>strikes</c>).</summary>
    [JsonPropertyName("strikes")]
    public IReadOnlyDictionary<string, GrowwOptionChainStrike>? Strikes { get; init => field = ValueDictionary.From(value); }
}
