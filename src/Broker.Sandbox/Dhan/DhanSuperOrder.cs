using Broker.Sandbox.Engine;

namespace Broker.Sandbox.Dhan;

/// <summary>
/// A super order: the entry order (in the book, under the super order's id) and its target and stop-loss exit legs,
/// which wait until the entry is traded and then watch the price. Guarded by the sandbox's lock.
/// </summary>
internal sealed class DhanSuperOrder(DhanPrincipal owner, SimOrder entry, string? correlationId)
{
    public DhanPrincipal Owner { get; } = owner;

    /// <summary>The entry order; its id is the super order's id.</summary>
    public SimOrder Entry { get; } = entry;

    public string? CorrelationId { get; } = correlationId;

    public required DhanSuperOrderLeg Target { get; init; }

    public required DhanSuperOrderLeg StopLoss { get; init; }

    /// <summary>
    /// The price the stop-loss last trailed from: the entry's fill price at first, then one trailing jump further in
    /// the trade's favour each time the price gains a jump on it.
    /// </summary>
    public decimal? TrailAnchor { get; set; }

    public bool IsBuy => Entry.Ticket.Side == OrderSide.Buy;
}
