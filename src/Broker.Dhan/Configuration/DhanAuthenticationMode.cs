namespace Broker.Dhan;

/// <summary>How a Dhan client obtains its access token.</summary>
public enum DhanAuthenticationMode
{
    /// <summary>
    /// Chosen from the credentials given: <see cref="PinTotp"/> when a PIN and TOTP secret are set, otherwise
    /// <see cref="AccessToken"/>.
    /// </summary>
    Auto = 0,

    /// <summary>
    /// A ready token (generated on Dhan Web, from the consent flow or the sandbox portal). It cannot be renewed by the
    /// SDK: when it expires a person must supply a new one.
    /// </summary>
    AccessToken,

    /// <summary>Headless minting with the client id, the 6-digit Dhan PIN and the TOTP secret (<c>generateAccessToken</c>).</summary>
    PinTotp,

    /// <summary>
    /// A Dhan-Web token that the SDK keeps alive with <c>GET /RenewToken</c> before it expires. Renewal only works while
    /// the token is still active; an expired or rejected token must be replaced by a person.
    /// </summary>
    RenewToken,
}
