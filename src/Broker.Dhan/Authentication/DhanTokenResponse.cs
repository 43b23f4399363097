using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan.Authentication;

/// <summary>The token answer of <c>generateAccessToken</c>, <c>RenewToken</c> and <c>consumeApp-consent</c> (wire shape).</summary>
internal sealed class DhanTokenResponse
{
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? DhanClientId { get; set; }

    public string? DhanClientName { get; set; }

    public string? DhanClientUcc { get; set; }

    public bool? GivenPowerOfAttorney { get; set; }

    public string? AccessToken { get; set; }

    /// <summary>One community guide reads <c>token</c> from RenewToken; accepted as a fallback.</summary>
    public string? Token { get; set; }

    public string? ExpiryTime { get; set; }
}
