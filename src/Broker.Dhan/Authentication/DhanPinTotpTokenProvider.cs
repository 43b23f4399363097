using Broker.Authentication;
using Broker.Dhan.Sending;
using Broker.Dhan.Validation;
using Broker.Http;
using Broker.Security;

namespace Broker.Dhan.Authentication;

/// <summary>
/// Mints tokens headlessly with <c>POST auth.dhan.co/app/generateAccessToken?dhanClientId=&amp;pin=&amp;totp=</c>.
/// The PIN and the code travel in the query string, so nothing in the pipeline logs URLs. A TOTP code is never
/// used twice: a second mint within the same 30-second step waits for the next code.
/// </summary>
internal sealed class DhanPinTotpTokenProvider : IAccessTokenProvider
{
    private readonly Func<DhanSender> _sender;
    private readonly string _clientId;
    private readonly string _pin;
    private readonly Totp _totp;
    private readonly TimeProvider _timeProvider;

    public DhanPinTotpTokenProvider(Func<DhanSender> sender, string clientId, string pin, string totpSecret, TimeProvider timeProvider)
    {
        _sender = sender;
        _clientId = clientId;
        _pin = pin;
        _timeProvider = timeProvider;
        _totp = Totp.FromBase32(totpSecret, timeProvider);
    }

    public string FlowName => "pin-totp";

    public bool CanRenew => true;

    public string RenewalHint => "Check the Dhan client id, PIN and TOTP secret (Dhan Web → DhanHQ Trading APIs → Setup TOTP).";

    public async Task<AccessToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        // Dhan may refuse a reused code, and refused codes count towards a lock-out: a second mint within one
        // 30-second step waits for the next code.
        var code = await _totp.GetUnusedCodeAsync(cancellationToken).ConfigureAwait(false);
        var sender = _sender();
        var request = sender.AuthRequest(HttpMethod.Post, "app/generateAccessToken", new BrokerQuery().Add("dhanClientId", _clientId).Add("pin", _pin).Add("totp", code));
        var info = await DhanTokenMinter.MintAsync(sender, request, DhanEndpoints.GenerateAccessToken, FlowName, _timeProvider, cancellationToken).ConfigureAwait(false);
        return info.AccessToken;
    }

    public override string ToString() => "DhanPinTotpTokenProvider(***)";
}
