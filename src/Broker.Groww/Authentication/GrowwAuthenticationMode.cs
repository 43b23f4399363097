namespace Broker.Groww.Authentication;

/// <summary>How the SDK obtains Groww access tokens. All three end in the same kind of bearer token.</summary>
public enum GrowwAuthenticationMode
{
    /// <summary>
    /// A ready access token generated on the Groww website ("Access Token" on the Trading APIs page). It expires daily
    /// at 06:00 IST and cannot be renewed by the SDK: when it expires, generate a new one.
    /// </summary>
    AccessToken = 1,

    /// <summary>
    /// API key + secret (Groww's "approval" flow): the SDK mints tokens itself with a SHA-256 checksum. Groww requires
    /// the key to be approved daily on its API keys page.
    /// </summary>
    Approval = 2,

    /// <summary>
    /// TOTP token + TOTP secret: the SDK mints tokens itself with a 6-digit code from the TOTP secret (the Base32 text
    /// shown next to the QR code). Runs unattended.
    /// </summary>
    Totp = 3,
}
