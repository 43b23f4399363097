namespace Broker.Security;

/// <summary>
/// The HMAC hash a TOTP generator uses (RFC 6238 §1.2). Groww, Dhan and authenticator apps use SHA1; the others are
/// kept for the RFC 6238 test vectors.
/// </summary>
internal enum TotpAlgorithm
{
    /// <summary>HMAC-SHA1, the default of every authenticator app.</summary>
    Sha1 = 0,

    /// <summary>HMAC-SHA256.</summary>
    Sha256,

    /// <summary>HMAC-SHA512.</summary>
    Sha512,
}
