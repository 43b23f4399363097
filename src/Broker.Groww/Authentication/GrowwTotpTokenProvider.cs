using Broker.Authentication;
using Broker.Security;

namespace Broker.Groww.Authentication;

/// <summary>
/// Groww's TOTP flow: a 6-digit RFC 6238 code (SHA-1, 30 s) from the TOTP secret, sent as
/// <c>{"key_type":"totp","totp":"123456"}</c> with the TOTP token in <c>Authorization: Bearer</c>.
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

    public Task<AccessToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        var body = new GrowwTokenMintRequest { KeyType = "totp", Totp = _totp.GetCode() };
        return _minter.MintAsync(FlowName, _totpToken, body, RenewalHint, cancellationToken);
    }

    public override string ToString() => "GrowwTotpTokenProvider(***)";
}
