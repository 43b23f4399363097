using Broker.Authentication;
using Broker.Security;

namespace Broker.Groww.Authentication;

/// <summary>
/// Groww's TOTP flow: a 6-digit RFC 6238 code (SHA-1, 30 s) from the TOTP secret, sent as
/// <c>{"key_type":"totp","totp":"123456"}</c> with the TOTP token in <c>Authorization: Bearer</c>. A code is never
/// sent twice: Groww refuses a code already used ("Invalid TOTP"), so a second mint within one 30-second step waits
/// for the next code.
/// </summary>
internal sealed class GrowwTotpTokenProvider : IAccessTokenProvider
{
    private readonly GrowwTokenMinter _minter;
    private readonly string _totpToken;
    private readonly Totp _totp;

    public GrowwTotpTokenProvider(GrowwTokenMinter minter, string totpToken, string totpSecret)
    {
        _minter = minter;
        _totpToken = totpToken;
        _totp = Totp.FromBase32(totpSecret, minter.TimeProvider);
    }

    public string FlowName => "totp";

    public bool CanRenew => true;

    public string RenewalHint => "Check Credentials.TotpToken and Credentials.TotpSecret (the Base32 secret shown next to the QR code, not the TOTP token) and that this machine's clock is correct.";

    public async Task<AccessToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        var code = await _totp.GetUnusedCodeAsync(cancellationToken).ConfigureAwait(false);
        var body = new GrowwTokenMintRequest { KeyType = "totp", Totp = code };
        return await _minter.MintAsync(FlowName, _totpToken, body, RenewalHint, cancellationToken).ConfigureAwait(false);
    }

    public override string ToString() => "GrowwTotpTokenProvider(***)";
}
