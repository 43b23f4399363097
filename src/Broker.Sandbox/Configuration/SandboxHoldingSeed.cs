namespace Broker.Sandbox;

/// <summary>A demat holding an account starts with.</summary>
public sealed class SandboxHoldingSeed
{
    /// <summary>The instrument's trading symbol, as in <see cref="SandboxInstrument.TradingSymbol"/>.</summary>
    public required string TradingSymbol { get; init; }

    /// <summary>The number of shares.</summary>
    public long Quantity { get; init; }

    /// <summary>The average buy price, in rupees.</summary>
    public decimal AveragePrice { get; init; }
}
