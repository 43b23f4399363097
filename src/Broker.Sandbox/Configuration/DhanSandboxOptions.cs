using Broker.RateLimiting;

namespace Broker.Sandbox;

/// <summary>How the sandbox behaves as Dhan (DhanHQ API v2 and the auth host).</summary>
public sealed class DhanSandboxOptions
{
    /// <summary>The accounts, each with its credentials. Defaults to one <see cref="DhanSandboxAccount.CreateDemo"/> account.</summary>
    public IList<DhanSandboxAccount> Accounts { get; set; } = [DhanSandboxAccount.CreateDemo()];

    /// <summary>
    /// The partner of the partner consent flow. Defaults to <see cref="DhanSandboxPartner.CreateDemo"/>;
    /// <see langword="null"/> refuses every partner call.
    /// </summary>
    public DhanSandboxPartner? Partner { get; set; } = DhanSandboxPartner.CreateDemo();

    /// <summary>How long an access token lives: 24 hours.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How many 30-second TOTP steps of clock drift <c>generateAccessToken</c> accepts either side: 1.</summary>
    public int TotpAllowedSteps { get; set; } = 1;

    /// <summary>
    /// Whether minting or renewing a token invalidates the account's previous one, as Dhan documents ("only one token
    /// will be generated"). A superseded token is answered with HTTP 400 <c>DH-906</c> "Invalid Token", as observed.
    /// </summary>
    public bool SingleActiveToken { get; set; } = true;

    /// <summary>
    /// The HTTP status of a refused <c>generateAccessToken</c> (wrong PIN or TOTP, unknown client). Undocumented; the
    /// body is the observed <c>{"status":"error","message":"..."}</c>. Some reports say Dhan answers 200 with that
    /// body; set 200 to test that a client does not take it for success.
    /// </summary>
    public int AuthErrorStatusCode { get; set; } = 400;

    /// <summary>The longest accepted <c>correlationId</c>: 25 (measured; the docs say 30).</summary>
    public int MaxCorrelationIdLength { get; set; } = 25;

    /// <summary>How many times one order may be modified: 25.</summary>
    public int MaxModificationsPerOrder { get; set; } = 25;

    /// <summary>
    /// Whether an empty holdings list is answered as production does (HTTP 500 <c>DH-1111</c> "No holdings
    /// available") rather than as Dhan's own sandbox does (<c>200 []</c>).
    /// </summary>
    public bool EmptyHoldingsAsError { get; set; } = true;

    /// <summary>Whether order bodies must carry <c>dhanClientId</c> (the docs mark it required); when present it must match the token.</summary>
    public bool RequireClientIdInBody { get; set; } = true;

    /// <summary>
    /// The longest one postback POST to <see cref="DhanSandboxAccount.PostbackUrl"/> may take, in real time: 5 seconds.
    /// A receiver that has not answered by then is recorded as failed and the next postback is sent.
    /// </summary>
    public TimeSpan PostbackTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The most instruments one market-quote call may ask for: 1000.</summary>
    public int MaxInstrumentsPerQuoteRequest { get; set; } = 1000;

    /// <summary>
    /// The rate limits per category (<see cref="DhanRateCategories"/>), every window applied at once. Defaults are the
    /// documented ones: Order 10/s, 250/min, 1000/h, 7000/day; Data 5/s and 100000/day; Quote 1/s; Non-trading 20/s.
    /// Auth-host calls are not limited. A category missing from the dictionary, or with no windows, is not limited.
    /// </summary>
    public IDictionary<string, IList<RateLimitWindow>> RateLimits { get; set; } = CreateDefaultRateLimits();

    /// <summary>The documented Dhan rate limits.</summary>
    /// <returns>A new, mutable dictionary.</returns>
    public static IDictionary<string, IList<RateLimitWindow>> CreateDefaultRateLimits() =>
        new Dictionary<string, IList<RateLimitWindow>>(StringComparer.OrdinalIgnoreCase)
        {
            [DhanRateCategories.Order] =
            [
                new(10, TimeSpan.FromSeconds(1)), new(250, TimeSpan.FromMinutes(1)), new(1000, TimeSpan.FromHours(1)), new(7000, TimeSpan.FromDays(1)),
            ],
            [DhanRateCategories.Data] = [new(5, TimeSpan.FromSeconds(1)), new(100_000, TimeSpan.FromDays(1))],
            [DhanRateCategories.Quote] = [new(1, TimeSpan.FromSeconds(1))],
            [DhanRateCategories.NonTrading] = [new(20, TimeSpan.FromSeconds(1))],
        };
}
