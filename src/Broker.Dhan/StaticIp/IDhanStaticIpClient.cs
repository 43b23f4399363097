namespace Broker.Dhan.StaticIp;

/// <summary>
/// Static IP whitelisting, required for order placement, modification and cancellation. Once set, an IP cannot be
/// changed for 7 days.
/// </summary>
public interface IDhanStaticIpClient
{
    /// <summary>Sets a static IP (<c>POST /ip/setIP</c>).</summary>
    /// <param name="ip">An IPv4 or IPv6 address.</param>
    /// <param name="flag">PRIMARY or SECONDARY.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Dhan's status and message.</returns>
    Task<DhanStatusResponse> SetAsync(string ip, DhanIpFlag flag, CancellationToken cancellationToken = default);

    /// <summary>Changes a static IP (<c>PUT /ip/modifyIP</c>); allowed 7 days after it was set.</summary>
    /// <param name="ip">An IPv4 or IPv6 address.</param>
    /// <param name="flag">PRIMARY or SECONDARY.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Dhan's status and message.</returns>
    Task<DhanStatusResponse> ModifyAsync(string ip, DhanIpFlag flag, CancellationToken cancellationToken = default);

    /// <summary>The whitelisted IPs (<c>GET /ip/getIP</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The settings.</returns>
    Task<DhanStaticIpSettings> GetAsync(CancellationToken cancellationToken = default);
}
