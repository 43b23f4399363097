namespace Broker.Sandbox;

/// <summary>Where an order stands in the sandbox's book (each broker maps it to its own status strings).</summary>
public enum SandboxOrderState
{
    /// <summary>Resting: a limit order waiting for the price to cross (Groww <c>ACKED</c>, Dhan <c>PENDING</c>).</summary>
    Open,

    /// <summary>
    /// Partly filled and still working (Groww <c>OPEN</c> with <c>filled_quantity</c> &gt; 0, Dhan <c>PART_TRADED</c>).
    /// Happens only with <see cref="SandboxOptions.MaxFillQuantity"/>.
    /// </summary>
    PartiallyFilled,

    /// <summary>A stop-loss order waiting for its trigger (Groww <c>TRIGGER_PENDING</c>, Dhan <c>PENDING</c>).</summary>
    TriggerPending,

    /// <summary>Completely filled (Groww <c>EXECUTED</c>, Dhan <c>TRADED</c>).</summary>
    Filled,

    /// <summary>Cancelled by the user, or an IOC order that did not fill (<c>CANCELLED</c>).</summary>
    Cancelled,

    /// <summary>Refused by the simulated risk checks, e.g. insufficient funds (<c>REJECTED</c>).</summary>
    Rejected,
}
