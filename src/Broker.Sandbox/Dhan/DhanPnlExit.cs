namespace Broker.Sandbox.Dhan;

/// <summary>A P&amp;L based exit: the profit and loss (₹, both positive) at which the listed products are squared off.</summary>
internal sealed class DhanPnlExit
{
    public required decimal Profit { get; init; }

    public required decimal Loss { get; init; }

    /// <summary>INTRADAY and/or DELIVERY.</summary>
    public required IReadOnlyList<string> ProductTypes { get; init; }

    public required bool EnableKillSwitch { get; init; }

    /// <summary>The IST day it was set for; it lapses after.</summary>
    public required DateOnly Day { get; init; }

    /// <summary>ACTIVE, INACTIVE (triggered or lapsed) or DISABLED (stopped).</summary>
    public string Status { get; set; } = "ACTIVE";
}
