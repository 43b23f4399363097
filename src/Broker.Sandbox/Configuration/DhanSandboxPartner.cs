namespace Broker.Sandbox;

/// <summary>
/// The Dhan partner the sandbox knows, for the partner consent flow (<c>partner/generate-consent</c>,
/// <c>consent-login</c>, <c>partner/consume-consent</c>). <see cref="ToString"/> never shows a credential.
/// </summary>
public sealed class DhanSandboxPartner
{
    /// <summary>The partner id (<c>partner_id</c> header).</summary>
    public string PartnerId { get; set; } = string.Empty;

    /// <summary>The partner secret (<c>partner_secret</c> header).</summary>
    public string PartnerSecret { get; set; } = string.Empty;

    /// <summary>Where the partner consent login page redirects with <c>?tokenId=</c>; <c>http://localhost/partner/callback</c> by default.</summary>
    public Uri RedirectUri { get; set; } = new("http://localhost/partner/callback");

    /// <summary>
    /// The client id of the account that "logs in" on the partner consent page (the sandbox has no login form), which
    /// the consumed token then belongs to; <see langword="null"/> (default) for the first Dhan account.
    /// </summary>
    public string? LoginClientId { get; set; }

    /// <summary>
    /// A demo partner with fixed, public, sandbox-only credentials, so that samples run without configuration: partner id
    /// <c>sandbox-dhan-partner-id</c>, partner secret <c>sandbox-dhan-partner-secret</c>.
    /// </summary>
    /// <returns>A new partner.</returns>
    public static DhanSandboxPartner CreateDemo() => new()
    {
        PartnerId = "sandbox-dhan-partner-id",
        PartnerSecret = "sandbox-dhan-partner-secret",
    };

    /// <inheritdoc />
    public override string ToString() => $"DhanSandboxPartner {{ LoginClientId = {LoginClientId ?? "(first account)"}, credentials hidden }}";
}
