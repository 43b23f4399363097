using System.Net;
using Broker.DependencyInjection;
using Broker.Security;

namespace Broker.Dhan;

/// <summary>
/// Settings of one Dhan account: credentials, hosts, limits and request shaping. Secrets set here never appear in
/// <see cref="ToString"/>, logs or exception messages.
/// </summary>
public sealed class DhanClientOptions : BrokerClientOptions
{
    /// <summary>The Dhan client id (<c>dhanClientId</c>, a 10-digit number as text). Required for every flow.</summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// A ready access token (JWT) for <see cref="DhanAuthenticationMode.AccessToken"/> and
    /// <see cref="DhanAuthenticationMode.RenewToken"/>. Treat it as a password.
    /// </summary>
    public string? AccessToken { get; set; }

    /// <summary>The 6-digit Dhan PIN for <see cref="DhanAuthenticationMode.PinTotp"/> (not the login password).</summary>
    public string? Pin { get; set; }

    /// <summary>
    /// The Base32 TOTP secret shown when enabling TOTP on Dhan Web (DhanHQ Trading APIs → Setup TOTP), for
    /// <see cref="DhanAuthenticationMode.PinTotp"/>.
    /// </summary>
    public string? TotpSecret { get; set; }

    /// <summary>How the token is obtained. Default <see cref="DhanAuthenticationMode.Auto"/>.</summary>
    public DhanAuthenticationMode AuthenticationMode { get; set; } = DhanAuthenticationMode.Auto;

    /// <summary>The hosts. Default <see cref="DhanEnvironment.Production"/>.</summary>
    public DhanEnvironment Environment { get; set; } = DhanEnvironment.Production;

    /// <summary>Dhan's documented rate limits, the option-chain spacing and the per-order modification cap.</summary>
    public DhanRateLimitOptions RateLimits { get; set; } = new();

    /// <summary>
    /// The HTTP version requests ask for. Default 1.1: Dhan's load balancer has answered HTTP/2 writes to
    /// <c>/forever/orders</c> with a bogus 301 while HTTP/1.1 worked (third-party observation).
    /// </summary>
    public Version HttpVersion { get; set; } = System.Net.HttpVersion.Version11;

    /// <summary>How strictly <see cref="HttpVersion"/> applies. Default <see cref="HttpVersionPolicy.RequestVersionOrLower"/>.</summary>
    public HttpVersionPolicy HttpVersionPolicy { get; set; } = HttpVersionPolicy.RequestVersionOrLower;

    /// <summary>
    /// The longest <c>correlationId</c> the SDK lets through. Default 25: the docs say 30, but the sandbox rejected
    /// 26 characters with DH-905 (measured); raise it only if you have verified 30 works on production.
    /// </summary>
    public int MaxCorrelationIdLength { get; set; } = DefaultMaxCorrelationIdLength;

    /// <summary>The default of <see cref="MaxCorrelationIdLength"/>: 25 (measured on Dhan's sandbox).</summary>
    public const int DefaultMaxCorrelationIdLength = 25;

    /// <summary>The most instruments per market-quote call. Default 1000 (documented).</summary>
    public int MaxInstrumentsPerQuoteRequest { get; set; } = 1000;

    /// <summary>
    /// <see langword="true"/> (default) to split a market-quote request with more instruments than
    /// <see cref="MaxInstrumentsPerQuoteRequest"/> into several calls and merge the answers; <see langword="false"/> to
    /// refuse such a request with a validation error instead.
    /// </summary>
    public bool SplitLargeQuoteRequests { get; set; } = true;

    /// <summary>The longest range one intraday-chart call may cover; longer ranges are split. Default 90 days (documented).</summary>
    public int MaxIntradayDaysPerRequest { get; set; } = 90;

    /// <summary>
    /// The longest range one expired-options call may cover; longer ranges are split. Default 30 days (the classic docs
    /// and the portal's detail page; the portal overview says 45).
    /// </summary>
    public int MaxExpiredOptionsDaysPerRequest { get; set; } = 30;

    /// <summary>
    /// How long after an unknown outcome <see cref="Orders.IDhanOrdersClient.PlaceOrderIdempotentAsync"/> keeps looking
    /// for the order before placing it again. Default 3 s: a just-sent Dhan order in TRANSIT has been seen to be invisible
    /// to the correlation-id look-up for a moment; no public source states how long, hence an option.
    /// </summary>
    public TimeSpan IdempotentPlacementSettleWindow { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// The HTTP methods of the partner consent flow (<see cref="IDhanClient.PartnerConsent"/>), which Dhan's sources
    /// disagree on. Defaults: POST to generate, GET to consume, the other method tried once on 405.
    /// </summary>
    public DhanPartnerConsentOptions PartnerConsent { get; set; } = new();

    /// <summary>Copies every value into another instance (used by <see cref="DhanClient.Create"/>).</summary>
    /// <param name="target">The instance to fill.</param>
    internal void CopyTo(DhanClientOptions target)
    {
        CopyCommonTo(target);
        target.ClientId = ClientId;
        target.AccessToken = AccessToken;
        target.Pin = Pin;
        target.TotpSecret = TotpSecret;
        target.AuthenticationMode = AuthenticationMode;
        target.Environment = Environment with { };
        RateLimits.CopyTo(target.RateLimits);
        target.HttpVersion = HttpVersion;
        target.HttpVersionPolicy = HttpVersionPolicy;
        target.MaxCorrelationIdLength = MaxCorrelationIdLength;
        target.MaxInstrumentsPerQuoteRequest = MaxInstrumentsPerQuoteRequest;
        target.SplitLargeQuoteRequests = SplitLargeQuoteRequests;
        target.MaxIntradayDaysPerRequest = MaxIntradayDaysPerRequest;
        target.MaxExpiredOptionsDaysPerRequest = MaxExpiredOptionsDaysPerRequest;
        target.IdempotentPlacementSettleWindow = IdempotentPlacementSettleWindow;
        PartnerConsent?.CopyTo(target.PartnerConsent);
    }

    /// <inheritdoc />
    protected internal override IEnumerable<string?> GetSecrets() => [AccessToken, Pin, TotpSecret];

    /// <inheritdoc />
    public override string ToString() =>
        $"DhanClientOptions(Environment={Environment}, ClientId={ClientId ?? "(none)"}, AuthenticationMode={AuthenticationMode}, " +
        $"AccessToken={Masked(AccessToken)}, Pin={Masked(Pin)}, TotpSecret={Masked(TotpSecret)})";

    /// <summary>The flow <see cref="AuthenticationMode"/> resolves to with the credentials given.</summary>
    /// <returns>The effective mode, never <see cref="DhanAuthenticationMode.Auto"/>.</returns>
    public DhanAuthenticationMode ResolveAuthenticationMode() => AuthenticationMode switch
    {
        DhanAuthenticationMode.Auto when !string.IsNullOrEmpty(Pin) && !string.IsNullOrEmpty(TotpSecret) => DhanAuthenticationMode.PinTotp,
        DhanAuthenticationMode.Auto => DhanAuthenticationMode.AccessToken,
        var explicitMode => explicitMode,
    };

    private static string Masked(string? secret) => string.IsNullOrEmpty(secret) ? "(none)" : SecretRedactor.Mask;
}
