namespace Broker.Dhan.TradersControl;

/// <summary>Trader's controls: the kill switch and P&amp;L based exit.</summary>
public interface IDhanTradersControlClient
{
    /// <summary>
    /// Activates the kill switch (<c>POST /killswitch?killSwitchStatus=ACTIVATE</c>): no trading for the rest of the
    /// day. Dhan requires no open positions or pending orders first.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Dhan's answer.</returns>
    Task<DhanKillSwitchStatus> ActivateKillSwitchAsync(CancellationToken cancellationToken = default);

    /// <summary>Deactivates the kill switch (<c>POST /killswitch?killSwitchStatus=DEACTIVATE</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Dhan's answer.</returns>
    Task<DhanKillSwitchStatus> DeactivateKillSwitchAsync(CancellationToken cancellationToken = default);

    /// <summary>The kill switch's state (<c>GET /killswitch</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The state.</returns>
    Task<DhanKillSwitchStatus> GetKillSwitchStatusAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets P&amp;L based exit for the day (<c>POST /pnlExit</c>).</summary>
    /// <param name="request">The thresholds.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Dhan's answer.</returns>
    Task<DhanPnlExitResponse> SetPnlExitAsync(DhanPnlExitRequest request, CancellationToken cancellationToken = default);

    /// <summary>Stops P&amp;L based exit (<c>DELETE /pnlExit</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Dhan's answer.</returns>
    Task<DhanPnlExitResponse> StopPnlExitAsync(CancellationToken cancellationToken = default);

    /// <summary>The current P&amp;L based exit (<c>GET /pnlExit</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The configuration.</returns>
    Task<DhanPnlExitConfiguration> GetPnlExitAsync(CancellationToken cancellationToken = default);
}
