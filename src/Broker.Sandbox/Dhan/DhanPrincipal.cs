using Broker.Sandbox.Engine;

namespace Broker.Sandbox.Dhan;

/// <summary>A Dhan account: its configuration and its book.</summary>
internal sealed record DhanPrincipal(DhanSandboxAccount Account, SimAccount Book)
{
    public int TokensMinted { get; set; }

    /// <summary>Whether the kill switch is on: trading is refused until it is deactivated.</summary>
    public bool KillSwitchActive { get; set; }
}
