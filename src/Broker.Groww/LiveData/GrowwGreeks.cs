using System.Text.Json.Serialization;

namespace Broker.Groww.LiveData;

/// <summary>An option's greeks. <see cref="Iv"/> is a percentage (25.34 means 25.34 %).</summary>
public sealed record GrowwGreeks
{
    /// <summary>Delta (<c>delta</c>).</summary>
    [JsonPropertyName("delta")]
    public decimal? Delta { get; init; }

    /// <summary>Gamma (<c>gamma</c>).</summary>
    [JsonPropertyName("gamma")]
    public decimal? Gamma { get; init; }

    /// <summary>Theta (<c>theta</c>).</summary>
    [JsonPropertyName("theta")]
    public decimal? Theta { get; init; }

    /// <summary>Vega (<c>vega</c>).</summary>
    [JsonPropertyName("vega")]
    public decimal? Vega { get; init; }

    /// <summary>Rho (<c>rho</c>).</summary>
    [JsonPropertyName("rho")]
    public decimal? Rho { get; init; }

    /// <summary>Implied volatility in percent (<c>iv</c>).</summary>
    [JsonPropertyName("iv")]
    public decimal? Iv { get; init; }
}
