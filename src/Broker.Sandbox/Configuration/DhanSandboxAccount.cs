namespace Broker.Sandbox;

/// <summary>
/// A Dhan account the sandbox knows, with the credentials each login flow checks. <see cref="ToString"/> never shows
/// a credential.
/// </summary>
public sealed class DhanSandboxAccount
{
    /// <summary>The Dhan client id (<c>dhanClientId</c>), the account's id everywhere (not a secret).</summary>
    public string ClientId { get; set; } = "1000000001";

    /// <summary>The name returned by the token calls (<c>dhanClientName</c>).</summary>
    public string ClientName { get; set; } = "SANDBOX TRADER";

    /// <summary>The UCC returned by the token calls (<c>dhanClientUcc</c>).</summary>
    public string Ucc { get; set; } = "SBXDH1234A";

    /// <summary>The Dhan PIN that <c>generateAccessToken</c> checks.</summary>
    public string? Pin { get; set; }

    /// <summary>The Base32 TOTP secret (RFC 6238, SHA-1, 6 digits, 30 s) that <c>generateAccessToken</c> checks codes against. Checked with Otp.NET, which reads plain Base32 only: A–Z and 2–7 (lower case and trailing <c>=</c> padding accepted), without spaces or dashes.</summary>
    public string? TotpSecret { get; set; }

    /// <summary>
    /// A pre-issued access token ("generated on Dhan Web"), valid for <see cref="DhanSandboxOptions.TokenLifetime"/>
    /// from start-up. When <see langword="null"/> the sandbox issues a JWT itself; read it from
    /// <see cref="SandboxAccountState.ActiveAccessToken"/>.
    /// </summary>
    public string? AccessToken { get; set; }

    /// <summary>The API key (<c>app_id</c> header) of the consent flow; <see langword="null"/> disables that flow for the account.</summary>
    public string? AppId { get; set; }

    /// <summary>The API secret (<c>app_secret</c> header) of the consent flow.</summary>
    public string? AppSecret { get; set; }

    /// <summary>Where the consent login page redirects with <c>?tokenId=</c>; <c>http://localhost/callback</c> by default.</summary>
    public Uri RedirectUri { get; set; } = new("http://localhost/callback");

    /// <summary>
    /// The postback (webhook) URL, as set with the token on Dhan Web or in the API-key app; <see langword="null"/>
    /// (the default) sends none. When set, every change of one of the account's orders (placed, modified, partly or
    /// completely filled, cancelled, rejected) is POSTed there in the background as the documented JSON: the order-book
    /// object with <c>filled_qty</c> and a null <c>algoId</c> (read it with <c>DhanPostback.Parse</c>). It is read at
    /// each change, so it may be set after the sandbox started (once a receiver's port is known). Each POST is bounded
    /// by <see cref="DhanSandboxOptions.PostbackTimeout"/> and never delays or fails the order; what was sent is in
    /// <see cref="BrokerSandbox.DhanPostbacks"/>, failures are also logged. Unlike Dhan, which never calls
    /// <c>localhost</c> or <c>127.0.0.1</c>, the sandbox calls loopback URLs, so tests can receive postbacks.
    /// </summary>
    public Uri? PostbackUrl { get; set; }

    /// <summary>The cash the account starts with, in rupees.</summary>
    public decimal OpeningBalance { get; set; } = 1_000_000m;

    /// <summary>Demat holdings the account starts with.</summary>
    public IList<SandboxHoldingSeed> Holdings { get; set; } = [];

    /// <summary>
    /// A demo account with fixed, public, sandbox-only credentials, so that samples run without configuration: client
    /// id <c>1000000001</c>, PIN <c>123456</c>, TOTP secret <c>JBSWY3DPEHPK3PXP</c>, access token
    /// <c>sandbox-dhan-access-token</c>, consent <c>app_id</c>/<c>app_secret</c>
    /// <c>sandbox-dhan-app-id</c>/<c>sandbox-dhan-app-secret</c>; 10 RELIANCE shares held.
    /// </summary>
    /// <returns>A new account.</returns>
    public static DhanSandboxAccount CreateDemo() => new()
    {
        Pin = "123456",
        TotpSecret = "JBSWY3DPEHPK3PXP",
        AccessToken = "sandbox-dhan-access-token",
        AppId = "sandbox-dhan-app-id",
        AppSecret = "sandbox-dhan-app-secret",
        Holdings = [new SandboxHoldingSeed { TradingSymbol = "RELIANCE", Quantity = 10, AveragePrice = 1350m }],
    };

    /// <inheritdoc />
    public override string ToString() => $"DhanSandboxAccount {{ ClientId = {ClientId}, credentials hidden }}";
}
