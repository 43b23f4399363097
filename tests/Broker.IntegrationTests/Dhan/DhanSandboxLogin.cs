namespace Broker.IntegrationTests.Dhan;

/// <summary>How a <see cref="DhanSandboxHarness"/> client gets its token from the sandbox.</summary>
public enum DhanSandboxLogin
{
    /// <summary>Headless <c>generateAccessToken</c> with the account's PIN and a TOTP code.</summary>
    PinTotp,

    /// <summary>The account's pre-issued token ("generated on Dhan Web"), never renewed.</summary>
    AccessToken,

    /// <summary>A sandbox-issued JWT kept alive with <c>GET /v2/RenewToken</c>.</summary>
    RenewToken,

    /// <summary>The API-key consent flow (generate consent, browser login redirect, consume), then the token it yields.</summary>
    Consent,
}
