using Broker.DependencyInjection;
using Broker.Groww.Authentication;

namespace Broker.Groww;

/// <summary>
/// Settings of one Groww account's client: where to connect, how to authenticate, and the client-side rate limits.
/// Bind it from configuration (<c>AddGrowwClient(configuration.GetSection("Groww"))</c>) or set it in code.
/// Validated when the application starts; every message says which option to fix. <see cref="ToString"/> never
/// shows a secret.
/// </summary>
public sealed class GrowwClientOptions : BrokerClientOptions
{
    /// <summary>The production REST host.</summary>
    public static readonly Uri ProductionAddress = new("https://api.groww.in/");

    /// <summary>
    /// The REST host; paths such as <c>v1/order/create</c> are appended. Default <c>https://api.groww.in</c>.
    /// Must be HTTPS, except a loopback address (a local sandbox).
    /// </summary>
    public Uri BaseAddress { get; set; } = ProductionAddress;

    /// <summary>The account's credentials: one of access token, API key + secret, or TOTP token + secret.</summary>
    public GrowwCredentials Credentials { get; set; } = new();

    /// <summary>Client-side rate limits per Groww rate-limit type.</summary>
    public GrowwRateLimitOptions RateLimits { get; set; } = new();

    /// <summary>The <c>X-API-VERSION</c> header sent on every call. Default <c>1.0</c>.</summary>
    public string ApiVersion { get; set; } = "1.0";

    /// <summary>
    /// The <c>x-client-id</c> header. Groww does not document these identification headers as required; the official
    /// SDK sends them. Default <c>broker-dotnet</c>; set to <see langword="null"/> or empty to omit.
    /// </summary>
    public string? ClientId { get; set; } = "broker-dotnet";

    /// <summary>The <c>x-client-platform</c> header. Default <c>broker-dotnet-client</c>; <see langword="null"/> or empty omits it.</summary>
    public string? ClientPlatform { get; set; } = "broker-dotnet-client";

    /// <summary>The <c>x-client-platform-version</c> header. Default this package's version; <see langword="null"/> or empty omits it.</summary>
    public string? ClientPlatformVersion { get; set; } = typeof(GrowwClientOptions).Assembly.GetName().Version?.ToString(3);

    /// <summary>
    /// The IST time of day at which Groww access tokens expire when the token call gives no <c>expiry</c> (and for a
    /// pasted access token without <see cref="GrowwCredentials.AccessTokenExpiresAt"/>). Default 06:00, as documented
    /// ("Expires daily at 6:00 AM"); the exact semantics are not confirmed by Groww.
    /// </summary>
    public TimeOnly DailyTokenExpiry { get; set; } = new(6, 0);

    /// <summary>
    /// Send the approval flow's <c>timestamp</c> as a JSON number (as the official Python SDK does) instead of a string
    /// (as Groww's docs show). Default <see langword="false"/> (string); both appear to be accepted.
    /// </summary>
    public bool SendApprovalTimestampAsNumber { get; set; }

    /// <summary>
    /// Send <c>exchange_symbols</c> of the LTP and OHLC calls as a repeated parameter
    /// (<c>exchange_symbols=A&amp;exchange_symbols=B</c>) instead of one comma-joined value, as documented
    /// (<c>exchange_symbols=A,B</c>). Default <see langword="false"/>; Groww does not document which encodings it accepts.
    /// </summary>
    public bool RepeatExchangeSymbolsParameter { get; set; }

    /// <summary>
    /// Treat error <c>GA005</c> ("User not authorised to perform this operation") as a rejected token, renewing it and
    /// resending once, even when the answer is not HTTP 401. Default <see langword="false"/>: Groww does not document
    /// what an expired token returns, and renewing on a genuine permission error would spend token mints
    /// (150 a day). A GA005 with HTTP 401 always renews.
    /// </summary>
    public bool TreatNotAuthorisedAsExpiredToken { get; set; }

    /// <summary>
    /// The most decimal places a price may have when the instrument catalogue is not loaded (with it, prices must be on
    /// the instrument's own tick grid). Default 2: every Groww segment trades in ticks of at least ₹0.01.
    /// </summary>
    public int PriceDecimals { get; set; } = 2;

    /// <summary>The <c>page_size</c> the order list is read with when the request does not set one. Default 25, the Python SDK's default.</summary>
    public int DefaultOrderListPageSize { get; set; } = DefaultOrderPageSize;

    /// <summary>
    /// The largest <c>page_size</c> the order list may be asked for; a larger one is refused before sending. Default 25:
    /// Groww's SDK docs say "Maximum is 25", while its cURL docs say "Max page size is 100". The real limit is
    /// uncertain; raise this (up to 100) if Groww accepts larger pages for your account.
    /// </summary>
    public int MaxOrderListPageSize { get; set; } = DefaultOrderPageSize;

    /// <summary>
    /// The earliest <c>year</c> the expiries call may be asked for; earlier is refused before sending. Default 2020, as
    /// Groww's docs say ("2020 – current year"); the Python SDK's docstring says 2000, so the real bound is uncertain.
    /// </summary>
    public int EarliestExpiryYear { get; set; } = 2020;

    /// <summary>
    /// How many years after the current one (in IST) the expiries call may be asked for. Default 0: Groww's docs allow
    /// up to the current year. Set 1 to ask for next year's expiries late in the year if Groww answers them.
    /// </summary>
    public int ExpiryYearsAhead { get; set; }

    internal const int DefaultOrderPageSize = 25;

    /// <inheritdoc />
    protected internal override IEnumerable<string?> GetSecrets() => Credentials?.Secrets ?? [];

    /// <summary>Copies every value into another instance (used by <see cref="GrowwClient.Create(GrowwClientOptions, Microsoft.Extensions.Logging.ILoggerFactory?, TimeProvider?, Action{GrowwClientBuilder}?)"/>).</summary>
    /// <param name="target">The instance to fill.</param>
    internal void CopyTo(GrowwClientOptions target)
    {
        CopyCommonTo(target);
        target.BaseAddress = BaseAddress;
        Credentials.CopyTo(target.Credentials);
        RateLimits.CopyTo(target.RateLimits);
        target.ApiVersion = ApiVersion;
        target.ClientId = ClientId;
        target.ClientPlatform = ClientPlatform;
        target.ClientPlatformVersion = ClientPlatformVersion;
        target.DailyTokenExpiry = DailyTokenExpiry;
        target.SendApprovalTimestampAsNumber = SendApprovalTimestampAsNumber;
        target.RepeatExchangeSymbolsParameter = RepeatExchangeSymbolsParameter;
        target.TreatNotAuthorisedAsExpiredToken = TreatNotAuthorisedAsExpiredToken;
        target.PriceDecimals = PriceDecimals;
        target.DefaultOrderListPageSize = DefaultOrderListPageSize;
        target.MaxOrderListPageSize = MaxOrderListPageSize;
        target.EarliestExpiryYear = EarliestExpiryYear;
        target.ExpiryYearsAhead = ExpiryYearsAhead;
    }

    /// <inheritdoc />
    public override string ToString() => $"GrowwClientOptions(BaseAddress={BaseAddress}, {Credentials}, ApiVersion={ApiVersion})";
}
