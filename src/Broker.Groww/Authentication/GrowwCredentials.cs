namespace Broker.Groww.Authentication;

/// <summary>
/// The credentials of one Groww account. Fill in one kind: <see cref="AccessToken"/>; or <see cref="ApiKey"/> +
/// <see cref="ApiSecret"/>; or <see cref="TotpToken"/> + <see cref="TotpSecret"/>. <see cref="ToString"/> never
/// shows a secret.
/// </summary>
/// <remarks>
/// Read secrets from configuration, environment variables or a secret store, never from source code. Bound from
/// configuration as <c>Groww:Credentials:ApiKey</c> and so on (environment variables <c>Groww__Credentials__ApiKey</c>).
/// </remarks>
public sealed class GrowwCredentials
{
    /// <summary>
    /// Which kind of credentials to use. Leave unset to pick the one kind that is filled in; set it when more than one
    /// is present.
    /// </summary>
    public GrowwAuthenticationMode? Mode { get; set; }

    /// <summary>A ready access token from the Groww website (expires daily at 06:00 IST).</summary>
    public string? AccessToken { get; set; }

    /// <summary>
    /// When <see cref="AccessToken"/> expires, if known. Unset means the next 06:00 IST after the SDK first uses it,
    /// which is Groww's documented daily expiry.
    /// </summary>
    public DateTimeOffset? AccessTokenExpiresAt { get; set; }

    /// <summary>The API key for the approval flow (sent as <c>Authorization: Bearer</c> on the token call).</summary>
    public string? ApiKey { get; set; }

    /// <summary>The API secret for the approval flow (only its SHA-256 checksum with a timestamp is sent).</summary>
    public string? ApiSecret { get; set; }

    /// <summary>The TOTP token ("Generate TOTP token" on the API keys page): the key of the TOTP flow.</summary>
    public string? TotpToken { get; set; }

    /// <summary>The TOTP secret: the Base32 text shown next to the QR code (not the TOTP token, not an access token).</summary>
    public string? TotpSecret { get; set; }

    /// <summary>
    /// The mode in effect: <see cref="Mode"/> when set, otherwise the one kind of credentials that is filled in;
    /// <see langword="null"/> when none or several are.
    /// </summary>
    /// <returns>The mode, or <see langword="null"/>.</returns>
    public GrowwAuthenticationMode? ResolveMode()
    {
        if (Mode is not null)
        {
            return Mode;
        }

        var hasToken = !string.IsNullOrWhiteSpace(AccessToken);
        var hasApproval = !string.IsNullOrWhiteSpace(ApiKey) || !string.IsNullOrWhiteSpace(ApiSecret);
        var hasTotp = !string.IsNullOrWhiteSpace(TotpToken) || !string.IsNullOrWhiteSpace(TotpSecret);
        var count = (hasToken ? 1 : 0) + (hasApproval ? 1 : 0) + (hasTotp ? 1 : 0);
        if (count != 1)
        {
            return null;
        }

        return hasToken ? GrowwAuthenticationMode.AccessToken : hasApproval ? GrowwAuthenticationMode.Approval : GrowwAuthenticationMode.Totp;
    }

    /// <summary>Every secret value held, for redaction.</summary>
    internal IEnumerable<string?> Secrets => [AccessToken, ApiKey, ApiSecret, TotpToken, TotpSecret];

    /// <summary>Copies every value into another instance.</summary>
    /// <param name="target">The instance to fill.</param>
    internal void CopyTo(GrowwCredentials target)
    {
        target.Mode = Mode;
        target.AccessToken = AccessToken;
        target.AccessTokenExpiresAt = AccessTokenExpiresAt;
        target.ApiKey = ApiKey;
        target.ApiSecret = ApiSecret;
        target.TotpToken = TotpToken;
        target.TotpSecret = TotpSecret;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"GrowwCredentials(Mode={ResolveMode()?.ToString() ?? "unresolved"}, AccessToken={Shown(AccessToken)}, ApiKey={Shown(ApiKey)}, ApiSecret={Shown(ApiSecret)}, TotpToken={Shown(TotpToken)}, TotpSecret={Shown(TotpSecret)})";

    private static string Shown(string? secret) => string.IsNullOrEmpty(secret) ? "(not set)" : "***";
}
