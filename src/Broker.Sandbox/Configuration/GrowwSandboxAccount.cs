namespace Broker.Sandbox;

/// <summary>
/// A Groww account the sandbox knows, with the credentials each login flow checks. <see cref="ToString"/> never shows
/// a credential.
/// </summary>
public sealed class GrowwSandboxAccount
{
    /// <summary>The account's Unique Client Code, its id in the sandbox's state views and logs (not a secret).</summary>
    public string Ucc { get; set; } = "SBXGW0001";

    /// <summary>The API key of the approval flow, sent as <c>Authorization: Bearer {key}</c> to the token mint.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The API secret the approval checksum is computed from (<c>SHA-256(secret + timestamp)</c>).</summary>
    public string? ApiSecret { get; set; }

    /// <summary>The TOTP token of the TOTP flow, sent as <c>Authorization: Bearer {token}</c> to the token mint.</summary>
    public string? TotpToken { get; set; }

    /// <summary>The Base32 TOTP secret (RFC 6238, SHA-1, 6 digits, 30 s) the TOTP flow's code is checked against. Checked with Otp.NET, which reads plain Base32 only: A–Z and 2–7 (lower case and trailing <c>=</c> padding accepted), without spaces or dashes.</summary>
    public string? TotpSecret { get; set; }

    /// <summary>
    /// A pre-issued access token ("generated on the web UI"), valid until the next 06:00 IST of the server clock at
    /// start-up; <see langword="null"/> for none.
    /// </summary>
    public string? AccessToken { get; set; }

    /// <summary>The cash the account starts with, in rupees.</summary>
    public decimal OpeningBalance { get; set; } = 1_000_000m;

    /// <summary>Demat holdings the account starts with.</summary>
    public IList<SandboxHoldingSeed> Holdings { get; set; } = [];

    /// <summary>
    /// A demo account with fixed, public, sandbox-only credentials, so that samples run without configuration: API key
    /// <c>sandbox-groww-api-key</c>, secret <c>sandbox-groww-api-secret</c>, TOTP token <c>sandbox-groww-totp-token</c>,
    /// TOTP secret <c>JBSWY3DPEHPK3PXP</c>, access token <c>sandbox-groww-access-token</c>; 10 RELIANCE shares held.
    /// </summary>
    /// <returns>A new account.</returns>
    public static GrowwSandboxAccount CreateDemo() => new()
    {
        ApiKey = "sandbox-groww-api-key",
        ApiSecret = "sandbox-groww-api-secret",
        TotpToken = "sandbox-groww-totp-token",
        TotpSecret = "JBSWY3DPEHPK3PXP",
        AccessToken = "sandbox-groww-access-token",
        Holdings = [new SandboxHoldingSeed { TradingSymbol = "RELIANCE", Quantity = 10, AveragePrice = 1350m }],
    };

    /// <inheritdoc />
    public override string ToString() => $"GrowwSandboxAccount {{ Ucc = {Ucc}, credentials hidden }}";
}
