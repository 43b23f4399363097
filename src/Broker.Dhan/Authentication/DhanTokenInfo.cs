using Broker.Authentication;

namespace Broker.Dhan.Authentication;

/// <summary>
/// A token Dhan issued (by PIN + TOTP, renewal or the consent flow) with the account details that came with it.
/// <see cref="ToString"/> never shows the token.
/// </summary>
public sealed record DhanTokenInfo
{
    /// <summary>Creates token details.</summary>
    /// <param name="accessToken">The token and its expiry.</param>
    /// <param name="clientId">The Dhan client id it belongs to.</param>
    public DhanTokenInfo(AccessToken accessToken, string? clientId)
    {
        ArgumentNullException.ThrowIfNull(accessToken);
        AccessToken = accessToken;
        ClientId = clientId;
    }

    /// <summary>The token and its expiry (from <c>expiryTime</c>, read as IST, or the JWT <c>exp</c> claim).</summary>
    public AccessToken AccessToken { get; }

    /// <summary>The Dhan client id (<c>dhanClientId</c>).</summary>
    public string? ClientId { get; }

    /// <summary>The account holder's name (<c>dhanClientName</c>).</summary>
    public string? ClientName { get; init; }

    /// <summary>The unique client code (<c>dhanClientUcc</c>).</summary>
    public string? ClientUcc { get; init; }

    /// <summary>Whether the client has given power of attorney (<c>givenPowerOfAttorney</c>).</summary>
    public bool? GivenPowerOfAttorney { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"DhanTokenInfo(ClientId={ClientId}, {AccessToken})";
}
