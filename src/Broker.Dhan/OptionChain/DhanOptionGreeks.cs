namespace Broker.Dhan.OptionChain;

/// <summary>An option's greeks. Dhan sends 0 when it did not compute them (illiquid legs).</summary>
public sealed record DhanOptionGreeks
{
    /// <summary>Delta.</summary>
    public decimal Delta { get; init; }

    /// <summary>Theta.</summary>
    public decimal Theta { get; init; }

    /// <summary>Gamma.</summary>
    public decimal Gamma { get; init; }

    /// <summary>Vega.</summary>
    public decimal Vega { get; init; }
}
