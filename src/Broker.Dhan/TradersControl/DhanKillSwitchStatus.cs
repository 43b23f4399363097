namespace Broker.Dhan.TradersControl;

/// <summary>
/// The kill switch answer (<c>/killswitch</c>). GET reports <c>ACTIVATE</c> or <c>DEACTIVATE</c>; POST answers with a
/// sentence such as "Kill Switch has been successfully activated".
/// </summary>
public sealed record DhanKillSwitchStatus
{
    /// <summary>The Dhan client id.</summary>
    public string? DhanClientId { get; init; }

    /// <summary>The status word or Dhan's message, as sent.</summary>
    public string? KillSwitchStatus { get; init; }

    /// <summary>
    /// <see langword="true"/> when trading is blocked: the status is <c>ACTIVATE</c> or the message says it was activated.
    /// </summary>
    public bool IsActive => KillSwitchStatus is { } status
        && (status.Equals("ACTIVATE", StringComparison.OrdinalIgnoreCase)
            || (status.Contains("activated", StringComparison.OrdinalIgnoreCase) && !status.Contains("deactivated", StringComparison.OrdinalIgnoreCase)));
}
