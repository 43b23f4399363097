namespace Broker.Sandbox.Engine;

internal sealed class SimHolding(InstrumentState instrument)
{
    public InstrumentState Instrument { get; } = instrument;

    /// <summary>Settled shares in the demat account.</summary>
    public long SettledQuantity { get; set; }

    /// <summary>Shares bought today (delivery), not yet settled (T1).</summary>
    public long T1Quantity { get; set; }

    public long TotalQuantity => SettledQuantity + T1Quantity;

    public decimal AveragePrice { get; set; }
}
