using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Broker.Sandbox.Hosting;
using Broker.Sandbox.Logging;
using Broker.Security;
using Broker.Time;

namespace Broker.Sandbox.Dhan;

/// <summary>The Dhan side's state (accounts, tokens, consents, order ids), how callers are identified, and the auth flows.</summary>
internal sealed class DhanBroker
{
    private readonly SandboxContext _context;
    private readonly Dictionary<string, string> _consents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _tokenIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _partnerConsents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _partnerTokenIds = new(StringComparer.Ordinal);
    private long _orderSequence;

    public DhanBroker(SandboxContext context)
    {
        _context = context;
        AuthProtocol = new DhanAuthProtocol(context.Options.Dhan.AuthErrorStatusCode);
        foreach (var account in context.Options.Dhan.Accounts)
        {
            var book = context.Engine.AddAccount(SandboxBrokers.Dhan, account.ClientId, account.OpeningBalance, account.Holdings, context.Market);
            var principal = new DhanPrincipal(account, book);
            Principals.Add(principal);
            var token = string.IsNullOrEmpty(account.AccessToken) ? NewJwt(account.ClientId, "SELF", Expiry()) : account.AccessToken;
            Tokens.Add(token, account.ClientId, Expiry());
        }
    }

    public List<DhanPrincipal> Principals { get; } = [];

    public TokenStore Tokens { get; } = new();

    public DhanAuthProtocol AuthProtocol { get; }

    public SandboxContext Context => _context;

    public DhanSandboxOptions Options => _context.Options.Dhan;

    public string NewOrderId() =>
        (112_000_000_000L + Interlocked.Increment(ref _orderSequence)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Trading APIs: the <c>access-token</c> header. Unknown or expired: 401 DH-901; superseded: 400 DH-906 "Invalid Token".</summary>
    public AuthOutcome AuthenticateTrading(RequestData request)
    {
        var token = request.Header("access-token");
        var issued = string.IsNullOrWhiteSpace(token) ? null : Tokens.Find(token.Trim());
        if (issued is null)
        {
            return AuthOutcome.Refuse(DhanTradingProtocol.Unauthenticated(), "missing or unknown access-token");
        }

        if (_context.Clock.GetUtcNow() >= issued.ExpiresAt)
        {
            return AuthOutcome.Refuse(DhanTradingProtocol.Unauthenticated(), "expired access-token");
        }

        if (issued.Superseded)
        {
            return AuthOutcome.Refuse(DhanTradingProtocol.InvalidToken(), "superseded access-token");
        }

        var principal = Principals.First(p => p.Account.ClientId == issued.AccountId);
        return AuthOutcome.Accept(issued.AccountId, new DhanSession(principal, token!.Trim(), issued));
    }

    /// <summary>Data APIs (market quote): <c>access-token</c> and <c>client-id</c>, refused with data codes 807/808.</summary>
    public AuthOutcome AuthenticateData(RequestData request)
    {
        var token = request.Header("access-token");
        var issued = string.IsNullOrWhiteSpace(token) ? null : Tokens.Find(token.Trim());
        var clientId = request.Header("client-id");
        if (issued is null || issued.Superseded || !string.Equals(clientId?.Trim(), issued.AccountId, StringComparison.Ordinal))
        {
            return AuthOutcome.Refuse(DhanDataProtocol.Error(401, "808", "Authentication Failed - Client ID or Token invalid"), "bad access-token or client-id");
        }

        if (_context.Clock.GetUtcNow() >= issued.ExpiresAt)
        {
            return AuthOutcome.Refuse(DhanDataProtocol.Error(401, "807", "Access token is expired"), "expired access-token");
        }

        var principal = Principals.First(p => p.Account.ClientId == issued.AccountId);
        return AuthOutcome.Accept(issued.AccountId, new DhanSession(principal, token!.Trim(), issued));
    }

    /// <summary>The auth host's <c>generateAccessToken</c>: the caller is the <c>dhanClientId</c> query parameter.</summary>
    public AuthOutcome IdentifyByClientIdQuery(RequestData request)
    {
        var principal = FindPrincipal(request.Query("dhanClientId"));
        return principal is null
            ? AuthOutcome.Refuse(AuthProtocol.Refused("Invalid Client ID"), "unknown dhanClientId")
            : AuthOutcome.Accept(principal.Account.ClientId, principal);
    }

    /// <summary><c>POST /app/generateAccessToken?dhanClientId=&amp;pin=&amp;totp=</c>.</summary>
    public SandboxResponse GenerateAccessToken(RequestData request, AuthOutcome auth)
    {
        var principal = (DhanPrincipal)auth.Principal!;
        var pin = request.Query("pin");
        var totp = request.Query("totp");
        if (string.IsNullOrEmpty(pin) || !FixedEquals(principal.Account.Pin, pin))
        {
            throw new SandboxErrorException(AuthProtocol.Refused("Invalid Pin"));
        }

        if (string.IsNullOrEmpty(totp) || principal.Account.TotpSecret is null || totp.Length != 6 || !totp.All(char.IsAsciiDigit)
            || !SandboxTotp.Verify(principal.Account.TotpSecret, totp, _context.Clock, Options.TotpAllowedSteps))
        {
            throw new SandboxErrorException(AuthProtocol.Refused("Invalid TOTP"));
        }

        return IssueToken(principal, "APP", "pin+totp");
    }

    /// <summary><c>GET /v2/RenewToken</c> with <c>access-token</c> and <c>dhanClientId</c>: a new 24-hour token; the old one is superseded.</summary>
    public SandboxResponse RenewToken(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var clientId = request.Header("dhanClientId");
        if (!string.Equals(clientId?.Trim(), session.Principal.Account.ClientId, StringComparison.Ordinal))
        {
            throw new SandboxErrorException(DhanTradingProtocol.Error(400, "Input_Exception", "DH-905", DhanTradingProtocol.InputExceptionMessage));
        }

        return IssueToken(session.Principal, "SELF", "renew", supersedeAll: true);
    }

    /// <summary>POST on <c>/v2/RenewToken</c>: 400 DH-905, as reported (dhan-oss/DhanHQ-py#108).</summary>
    public static SandboxResponse RenewTokenWrongMethod(RequestData request, AuthOutcome auth) =>
        DhanTradingProtocol.Error(400, "Input_Exception", "DH-905", DhanTradingProtocol.InputExceptionMessage);

    /// <summary>The consent flow's callers: <c>app_id</c> and <c>app_secret</c> headers.</summary>
    public AuthOutcome IdentifyByAppCredentials(RequestData request)
    {
        var appId = request.Header("app_id");
        var appSecret = request.Header("app_secret");
        var principal = appId is null || appSecret is null
            ? null
            : Principals.FirstOrDefault(p => FixedEquals(p.Account.AppId, appId) && FixedEquals(p.Account.AppSecret, appSecret));
        return principal is null
            ? AuthOutcome.Refuse(AuthProtocol.Refused("Invalid app_id or app_secret"), "bad app credentials")
            : AuthOutcome.Accept(principal.Account.ClientId, principal);
    }

    /// <summary><c>POST /app/generate-consent?client_id=</c>.</summary>
    public SandboxResponse GenerateConsent(RequestData request, AuthOutcome auth)
    {
        var principal = (DhanPrincipal)auth.Principal!;
        if (!string.Equals(request.Query("client_id"), principal.Account.ClientId, StringComparison.Ordinal))
        {
            throw new SandboxErrorException(AuthProtocol.Refused("Invalid client_id"));
        }

        var consentAppId = Guid.NewGuid().ToString();
        _consents[consentAppId] = principal.Account.ClientId;
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("consentAppId", consentAppId);
            w.WriteString("consentAppStatus", "GENERATED");
            w.WriteString("status", "success");
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// <c>GET /login/consentApp-login?consentAppId=</c>: the browser step. The sandbox logs the user in at once and
    /// answers 302 to the account's redirect URL with <c>?tokenId=</c>.
    /// </summary>
    public SandboxResponse ConsentLogin(RequestData request, AuthOutcome auth)
    {
        var consentAppId = request.Query("consentAppId");
        if (consentAppId is null || !_consents.Remove(consentAppId, out var clientId))
        {
            throw new SandboxErrorException(AuthProtocol.Refused("Invalid consentAppId"));
        }

        var principal = FindPrincipal(clientId)!;
        var tokenId = Guid.NewGuid().ToString();
        _tokenIds[tokenId] = clientId;
        return RedirectWithTokenId(principal.Account.RedirectUri, tokenId);
    }

    /// <summary><c>GET /app/consumeApp-consent?tokenId=</c> (POST accepted too).</summary>
    public SandboxResponse ConsumeConsent(RequestData request, AuthOutcome auth)
    {
        var principal = (DhanPrincipal)auth.Principal!;
        var tokenId = request.Query("tokenId");
        if (tokenId is null || !_tokenIds.TryGetValue(tokenId, out var clientId) || clientId != principal.Account.ClientId)
        {
            throw new SandboxErrorException(AuthProtocol.Refused("Invalid tokenId"));
        }

        _tokenIds.Remove(tokenId);
        return IssueToken(principal, "APP", "consent");
    }

    /// <summary>
    /// The partner flow's callers: <c>partner_id</c> and <c>partner_secret</c> headers matching
    /// <see cref="DhanSandboxOptions.Partner"/>. A partner is no account, so the outcome names none.
    /// </summary>
    public AuthOutcome IdentifyPartner(RequestData request)
    {
        var partner = Options.Partner;
        var partnerId = request.Header("partner_id");
        var partnerSecret = request.Header("partner_secret");
        var known = partner is not null && partnerId is not null && partnerSecret is not null
            && FixedEquals(partner.PartnerId, partnerId) && FixedEquals(partner.PartnerSecret, partnerSecret);
        return known
            ? new AuthOutcome(null, partner, null)
            : AuthOutcome.Refuse(AuthProtocol.Refused("Invalid partner_id or partner_secret"), "bad partner credentials");
    }

    /// <summary><c>POST|GET /partner/generate-consent</c>: <c>{"consentId":…,"consentStatus":"GENERATED"}</c>.</summary>
    public SandboxResponse PartnerGenerateConsent(RequestData request, AuthOutcome auth)
    {
        var consentId = Guid.NewGuid().ToString();
        _partnerConsents.Add(consentId);
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("consentId", consentId);
            w.WriteString("consentStatus", "GENERATED");
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// <c>GET /consent-login?consentId=</c>: the partner flow's browser step. The sandbox logs in the partner's
    /// <see cref="DhanSandboxPartner.LoginClientId"/> (the first account by default) at once and answers 302 to the
    /// partner's redirect URL with <c>?tokenId=</c>.
    /// </summary>
    public SandboxResponse PartnerConsentLogin(RequestData request, AuthOutcome auth)
    {
        var consentId = request.Query("consentId");
        var partner = Options.Partner;
        if (partner is null || consentId is null || !_partnerConsents.Remove(consentId))
        {
            throw new SandboxErrorException(AuthProtocol.Refused("Invalid consentId"));
        }

        var principal = (partner.LoginClientId is null ? Principals.FirstOrDefault() : FindPrincipal(partner.LoginClientId))
            ?? throw new SandboxErrorException(AuthProtocol.Refused("No Dhan account to log in"));
        var tokenId = Guid.NewGuid().ToString();
        _partnerTokenIds[tokenId] = principal.Account.ClientId;
        return RedirectWithTokenId(partner.RedirectUri, tokenId);
    }

    /// <summary><c>GET|POST /partner/consume-consent?tokenId=</c>: the logged-in user's token, as <c>consumeApp-consent</c> answers.</summary>
    public SandboxResponse PartnerConsumeConsent(RequestData request, AuthOutcome auth)
    {
        var partner = (DhanSandboxPartner)auth.Principal!;
        var tokenId = request.Query("tokenId");
        if (tokenId is null || !_partnerTokenIds.Remove(tokenId, out var clientId) || FindPrincipal(clientId) is not { } principal)
        {
            throw new SandboxErrorException(AuthProtocol.Refused("Invalid tokenId"));
        }

        return IssueToken(principal, "APP", "partner consent", partnerId: partner.PartnerId);
    }

    private SandboxResponse IssueToken(DhanPrincipal principal, string consumerType, string flow, bool supersedeAll = false, string partnerId = "")
    {
        var expiresAt = Expiry();
        var token = NewJwt(principal.Account.ClientId, consumerType, expiresAt, partnerId);
        if (Options.SingleActiveToken || supersedeAll)
        {
            Tokens.SupersedeAll(principal.Account.ClientId);
        }

        Tokens.Add(token, principal.Account.ClientId, expiresAt);
        principal.TokensMinted++;
        SandboxLog.TokenMinted(_context.Logger, SandboxBrokers.Dhan, principal.Account.ClientId, flow);
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("dhanClientId", principal.Account.ClientId);
            w.WriteString("dhanClientName", principal.Account.ClientName);
            w.WriteString("dhanClientUcc", principal.Account.Ucc);
            w.WriteBoolean("givenPowerOfAttorney", false);
            w.WriteString("accessToken", token);
            w.WriteString("expiryTime", IndianTime.Format(expiresAt, "yyyy-MM-dd'T'HH:mm:ss.fff"));
            w.WriteEndObject();
        });
    }

    private DateTimeOffset Expiry() => _context.Clock.GetUtcNow() + Options.TokenLifetime;

    private string NewJwt(string clientId, string consumerType, DateTimeOffset expiresAt, string partnerId = "") =>
        JwtFactory.Create("HS512", w =>
        {
            w.WriteString("iss", "dhan");
            w.WriteString("partnerId", partnerId);
            w.WriteNumber("exp", expiresAt.ToUnixTimeSeconds());
            w.WriteNumber("iat", _context.Clock.GetUtcNow().ToUnixTimeSeconds());
            w.WriteString("tokenConsumerType", consumerType);
            w.WriteString("webhookUrl", string.Empty);
            w.WriteString("dhanClientId", clientId);
        });

    private DhanPrincipal? FindPrincipal(string? clientId) =>
        clientId is null ? null : Principals.FirstOrDefault(p => string.Equals(p.Account.ClientId, clientId.Trim(), StringComparison.Ordinal));

    private static bool FixedEquals(string? expected, string actual) =>
        expected is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));

    /// <summary>The consent login's answer: 302 to the app's or partner's redirect URL with <c>tokenId</c> added to its query.</summary>
    private static SandboxResponse RedirectWithTokenId(Uri redirectUri, string tokenId)
    {
        var builder = new UriBuilder(redirectUri);
        var query = builder.Query.TrimStart('?');
        builder.Query = (query.Length > 0 ? query + "&" : string.Empty) + "tokenId=" + tokenId;
        return SandboxResponse.Redirect(builder.Uri.AbsoluteUri);
    }
}
