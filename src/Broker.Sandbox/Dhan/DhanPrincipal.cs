using Broker.Sandbox.Engine;

namespace Broker.Sandbox.Dhan;

/// <summary>A Dhan account: its configuration and its book.</summary>
internal sealed record DhanPrincipal(DhanSandboxAccount Account, SimAccount Book)
{
    public int TokensMinted { get; set; }

    /// <summary>Whether the kill switch is on: trading is refused until it is deactivated.</summary>
    public bool KillSwitchActive { get; set; }

    /// <summary>The primary static IP (<c>ip/setIP</c> with <c>PRIMARY</c>), if set.</summary>
    public DhanWhitelistedIp? PrimaryIp { get; set; }

    /// <summary>The secondary static IP, if set.</summary>
    public DhanWhitelistedIp? SecondaryIp { get; set; }

    /// <summary>EDIS approvals: the quantity of each ISIN the account has authorised for sale (by ISIN).</summary>
    public Dictionary<string, long> EdisApprovals { get; } = new(StringComparer.Ordinal);

    /// <summary>The P&amp;L based exit, once configured.</summary>
    public DhanPnlExit? PnlExit { get; set; }
}
