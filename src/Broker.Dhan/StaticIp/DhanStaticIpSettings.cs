using System.Text.Json.Serialization;

namespace Broker.Dhan.StaticIp;

/// <summary>The whitelisted static IPs (<c>GET /ip/getIP</c>). Undocumented extra fields seen in production are included when sent.</summary>
public sealed record DhanStaticIpSettings
{
    /// <summary>The primary IP (<c>primaryIP</c>).</summary>
    [JsonPropertyName("primaryIP")]
    public string? PrimaryIp { get; init; }

    /// <summary>The secondary IP (<c>secondaryIP</c>).</summary>
    [JsonPropertyName("secondaryIP")]
    public string? SecondaryIp { get; init; }

    /// <summary>When the primary IP was last set; it cannot change for 7 days after.</summary>
    public DateOnly? ModifyDatePrimary { get; init; }

    /// <summary>When the secondary IP was last set.</summary>
    public DateOnly? ModifyDateSecondary { get; init; }

    /// <summary>The IP Dhan saw this request come from (undocumented).</summary>
    [JsonPropertyName("detectedIP")]
    public string? DetectedIp { get; init; }

    /// <summary>Whether the detected IP matches a whitelisted one, such as <c>MATCH</c> (undocumented).</summary>
    public string? IpMatchStatus { get; init; }

    /// <summary>Whether orders are allowed from the detected IP (undocumented).</summary>
    public bool? OrdersAllowed { get; init; }
}
