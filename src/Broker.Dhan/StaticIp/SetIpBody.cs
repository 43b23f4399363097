namespace Broker.Dhan.StaticIp;

/// <summary>The wire body of <c>POST /ip/setIP</c> and <c>PUT /ip/modifyIP</c>.</summary>
internal sealed class SetIpBody
{
    public string? DhanClientId { get; init; }

    public string? Ip { get; init; }

    public DhanIpFlag IpFlag { get; init; }
}
