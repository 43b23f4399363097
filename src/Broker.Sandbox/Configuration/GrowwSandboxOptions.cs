using Broker.RateLimiting;

namespace Broker.Sandbox;

/// <summary>How the sandbox behaves as Groww (Trading API v1).</summary>
public sealed class GrowwSandboxOptions
{
    /// <summary>The accounts, each with its credentials. Defaults to one <see cref="GrowwSandboxAccount.CreateDemo"/> account.</summary>
    public IList<GrowwSandboxAccount> Accounts { get; set; } = [GrowwSandboxAccount.CreateDemo()];

    /// <summary>The IST time of day at which every access token expires: 06:00, as Groww documents.</summary>
    public TimeOnly TokenExpiryTimeOfDay { get; set; } = new(6, 0);

    /// <summary>
    /// How far the approval flow's <c>timestamp</c> may be from the server clock: 10 minutes ("Valid for 10 minutes").
    /// </summary>
    public TimeSpan ChecksumTimestampTolerance { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many 30-second TOTP steps of clock drift the TOTP flow accepts either side: 1.</summary>
    public int TotpAllowedSteps { get; set; } = 1;

    /// <summary>
    /// Whether the TOTP flow refuses a code that already minted a token (<c>400 GA001 "Invalid TOTP"</c>), as a real
    /// one-time password check does: a client must wait for the next 30-second step before minting again. Off by
    /// default so that tests minting twice in a row on the real clock do not wait.
    /// </summary>
    public bool RefuseReusedTotpCodes { get; set; }

    /// <summary>
    /// Whether authenticated calls must carry <c>X-API-VERSION: 1.0</c>. Groww says "All headers are mandatory" but
    /// whether the server enforces it is unverified; on by default so that a client that forgets it finds out here.
    /// </summary>
    public bool RequireApiVersionHeader { get; set; } = true;

    /// <summary>The most <c>exchange_symbols</c> one LTP or OHLC call may carry: 50.</summary>
    public int MaxSymbolsPerLiveDataRequest { get; set; } = 50;

    /// <summary>
    /// The rate limits per category (<see cref="GrowwRateCategories"/>), every window applied at once. Defaults are
    /// the documented ones: Orders 10/s and 250/min (older docs said 15/s); Live Data 10/s and 300/min; Non Trading
    /// 20/s and 500/min; Authentication 5/s, 30/min and 150/day (from a newer docs mirror, unverified). A category
    /// missing from the dictionary, or with no windows, is not limited.
    /// </summary>
    public IDictionary<string, IList<RateLimitWindow>> RateLimits { get; set; } = CreateDefaultRateLimits();

    /// <summary>The documented Groww rate limits.</summary>
    /// <returns>A new, mutable dictionary.</returns>
    public static IDictionary<string, IList<RateLimitWindow>> CreateDefaultRateLimits() =>
        new Dictionary<string, IList<RateLimitWindow>>(StringComparer.OrdinalIgnoreCase)
        {
            [GrowwRateCategories.Orders] = [new(10, TimeSpan.FromSeconds(1)), new(250, TimeSpan.FromMinutes(1))],
            [GrowwRateCategories.LiveData] = [new(10, TimeSpan.FromSeconds(1)), new(300, TimeSpan.FromMinutes(1))],
            [GrowwRateCategories.NonTrading] = [new(20, TimeSpan.FromSeconds(1)), new(500, TimeSpan.FromMinutes(1))],
            [GrowwRateCategories.Authentication] = [new(5, TimeSpan.FromSeconds(1)), new(30, TimeSpan.FromMinutes(1)), new(150, TimeSpan.FromDays(1))],
        };
}
