using System.Text.Json.Serialization;
using Broker.Serialization;
using Broker.Collections;

namespace Broker.Groww.Users;

/// <summary>The Groww user's profile (<c>GET /v1/user/detail</c>).</summary>
public sealed record GrowwUserProfile
{
    /// <summary>Groww's user id (<c>vendor_user_id</c>).</summary>
    [JsonPropertyName("vendor_user_id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? VendorUserId { get; init; }

    /// <summary>The Unique Client Code (<c>ucc</c>).</summary>
    [JsonPropertyName("ucc")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Ucc { get; init; }

    /// <summary>Whether NSE trading is enabled (<c>nse_enabled</c>).</summary>
    [JsonPropertyName("nse_enabled")]
    public bool NseEnabled { get; init; }

    /// <summary>Whether BSE trading is enabled (<c>bse_enabled</c>).</summary>
    [JsonPropertyName("bse_enabled")]
    public bool BseEnabled { get; init; }

    /// <summary>Whether DDPI is enabled (<c>ddpi_enabled</c>).</summary>
    [JsonPropertyName("ddpi_enabled")]
    public bool DdpiEnabled { get; init; }

    /// <summary>The segments the account may trade (<c>active_segments</c>).</summary>
    [JsonPropertyName("active_segments")]
    public IReadOnlyList<GrowwSegment>? ActiveSegments { get; init => field = ValueList.From(value); }
}
