using System.Net;
using Broker.Dhan.Sending;
using Broker.Dhan.Validation;
using Broker.Dhan.Serialization;
using Broker.Http;

namespace Broker.Dhan.StaticIp;

/// <inheritdoc />
internal sealed class DhanStaticIpClient : IDhanStaticIpClient
{
    private readonly DhanSender _sender;

    public DhanStaticIpClient(DhanSender sender)
    {
        _sender = sender;
    }

    public Task<DhanStatusResponse> SetAsync(string ip, DhanIpFlag flag, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "ip/setIP", DhanEndpoints.SetIp, ip, flag, cancellationToken);

    public Task<DhanStatusResponse> ModifyAsync(string ip, DhanIpFlag flag, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, "ip/modifyIP", DhanEndpoints.ModifyIp, ip, flag, cancellationToken);

    public async Task<DhanStaticIpSettings> GetAsync(CancellationToken cancellationToken = default) =>
        await _sender.SendAsync(_sender.Request(HttpMethod.Get, "ip/getIP"), DhanEndpoints.GetIp, DhanJsonContext.Default.DhanStaticIpSettings, cancellationToken).ConfigureAwait(false);

    private async Task<DhanStatusResponse> SendAsync(HttpMethod method, string path, BrokerEndpoint endpoint, string ip, DhanIpFlag flag, CancellationToken cancellationToken)
    {
        DhanValidation.RequireText(ip, "Ip");
        DhanValidation.Require(IsAddress(ip), "Ip", $"'{ip}' is not an IPv4 (four dotted numbers) or IPv6 address.");
        DhanValidation.RequireValue(flag, "Flag");
        var body = new SetIpBody { DhanClientId = _sender.ClientId, Ip = ip, IpFlag = flag };
        var message = _sender.Request(method, path, body, DhanJsonContext.Default.SetIpBody);
        return await _sender.SendAsync(message, endpoint, DhanJsonContext.Default.DhanStatusResponse, cancellationToken).ConfigureAwait(false);
    }

    // IPAddress.TryParse also accepts shorthand such as "10.1", which Dhan would not.
    private static bool IsAddress(string ip) =>
        IPAddress.TryParse(ip, out var address)
        && (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 || ip.Count(c => c == '.') == 3);
}
