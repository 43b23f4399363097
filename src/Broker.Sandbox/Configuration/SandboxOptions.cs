using Microsoft.Extensions.Logging;

namespace Broker.Sandbox;

/// <summary>
/// Everything a <see cref="BrokerSandbox"/> needs: the accounts each broker knows, the instruments it quotes, its
/// rate limits and clocks. The defaults give a working server with one demo account per broker, so
/// <c>BrokerSandbox.StartAsync(new SandboxOptions())</c> is enough for a first try.
/// </summary>
public sealed class SandboxOptions
{
    /// <summary>The Groww side: accounts, token lifetime, rate limits and checks.</summary>
    public GrowwSandboxOptions Groww { get; set; } = new();

    /// <summary>The Dhan side: accounts, token lifetime, rate limits and checks.</summary>
    public DhanSandboxOptions Dhan { get; set; } = new();

    /// <summary>
    /// The instruments both brokers quote and trade. Defaults to <see cref="SandboxInstrument.CreateDefaultSet"/>:
    /// RELIANCE, TCS, INFY and HDFCBANK on NSE, and the NIFTY 50 index.
    /// </summary>
    public IList<SandboxInstrument> Instruments { get; set; } = SandboxInstrument.CreateDefaultSet();

    /// <summary>
    /// The loopback port to listen on. 0 (the default) lets the operating system pick a free one, which is what tests
    /// want; a fixed port (for example 5080) suits a paper-trading server that other programs are pointed at. The
    /// sandbox always binds 127.0.0.1 only.
    /// </summary>
    public int Port { get; set; }

    /// <summary>
    /// Whether the sandbox also serves its control routes under <c>/_sandbox/</c> (request log, prices, faults), so
    /// that programs in other languages can drive it over HTTP. Off by default; the <c>broker-sandbox</c> tool turns
    /// it on. The routes need no credentials: the sandbox listens on loopback only and holds no real account.
    /// </summary>
    public bool ControlApi { get; set; }

    /// <summary>The seed of the price walk, so that a run of <see cref="SandboxMarket.Step"/> calls is repeatable.</summary>
    public int PriceWalkSeed { get; set; } = 2026;

    /// <summary>The standard deviation of one price-walk step, as a fraction of the price (0.002 = 0.2 %).</summary>
    public decimal PriceWalkVolatility { get; set; } = 0.002m;

    /// <summary>
    /// When set, the market takes one step of the price walk every interval on <see cref="TimeProvider"/>'s timers, so
    /// that prices move by themselves for paper trading. Off (<see langword="null"/>) by default: tests move prices
    /// explicitly. With a fake <see cref="TimeProvider"/>, its timers drive the walk deterministically.
    /// </summary>
    public TimeSpan? PriceWalkInterval { get; set; }

    /// <summary>
    /// The most one order fills per price event (placement, a price change, a modification). <see langword="null"/>
    /// (the default) fills each order completely at once; a small number produces partial fills (Dhan
    /// <c>PART_TRADED</c>, Groww <c>OPEN</c> with a <c>filled_quantity</c>) that complete over later price moves.
    /// </summary>
    public long? MaxFillQuantity { get; set; }

    /// <summary>
    /// How many requests <see cref="BrokerSandbox.Requests"/> keeps; the oldest are forgotten beyond it, so a
    /// long-running paper-trading sandbox does not grow without bound. 100,000 by default.
    /// </summary>
    public int MaxRecordedRequests { get; set; } = 100_000;

    /// <summary>
    /// The share of an intraday (Groww <c>MIS</c>, Dhan <c>INTRADAY</c>) order's value blocked as margin; delivery
    /// and carry-forward products block their full value. 0.2 means 5x leverage.
    /// </summary>
    public decimal IntradayMarginRate { get; set; } = 0.2m;

    /// <summary>
    /// Whether requests over a rate limit get the broker's 429. Every request is recorded in
    /// <see cref="BrokerSandbox.Requests"/> either way.
    /// </summary>
    public bool EnforceRateLimits { get; set; } = true;

    /// <summary>
    /// The clock the server's own clock (<see cref="BrokerSandbox.Clock"/>) starts from. Token expiry, TOTP checks,
    /// the approval checksum's timestamp window and order times read the server clock. Pass the fake clock your
    /// client uses when a test drives time.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// The clock of the rate-limit windows and of <see cref="SandboxRequest.Elapsed"/>. Real elapsed time by default,
    /// because the windows must match what a client experiences on the wire.
    /// </summary>
    public TimeProvider RateLimitTimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Where the sandbox writes its own log lines (event ids 6000–6999): request paths without query strings,
    /// endpoint names, status codes, account ids. Never headers, query strings, bodies or credentials. ASP.NET
    /// Core's own logging is always off, because it would write query strings that carry Dhan PINs and TOTP codes.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; set; }
}
