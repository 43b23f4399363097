namespace Broker.Sandbox.Engine;

/// <summary>One account's book: orders, fills, positions, holdings and cash. Guarded by the sandbox's lock.</summary>
internal sealed class SimAccount(string broker, string id, decimal openingBalance)
{
    public string Broker { get; } = broker;

    public string Id { get; } = id;

    public decimal OpeningBalance { get; } = openingBalance;

    public List<SimOrder> Orders { get; } = [];

    public List<SimTrade> Trades { get; } = [];

    public Dictionary<(InstrumentState Instrument, string Product), SimPosition> Positions { get; } = [];

    public Dictionary<InstrumentState, SimHolding> Holdings { get; } = [];

    public SimOrder? FindOrder(string orderId) => Orders.FirstOrDefault(o => string.Equals(o.Id, orderId, StringComparison.Ordinal));

    /// <summary>The most recent order with a client reference (Dhan does not refuse a repeated one).</summary>
    public SimOrder? FindByReference(string reference) =>
        Orders.LastOrDefault(o => string.Equals(o.Ticket.ClientReference, reference, StringComparison.Ordinal));
}
