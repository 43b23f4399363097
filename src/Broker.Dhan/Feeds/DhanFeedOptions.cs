namespace Broker.Dhan.Feeds;

/// <summary>
/// Settings of Dhan's live feeds (market feed, 20/200-level depth, order updates). The defaults follow Dhan's documented
/// hosts and limits; facts the docs leave open are options with the documented or observed value as default.
/// </summary>
public sealed class DhanFeedOptions
{
    /// <summary>The Dhan client id sent with every connection. With <c>AddFeeds</c> it defaults to the account's <see cref="DhanClientOptions.ClientId"/>.</summary>
    public string? ClientId { get; set; }

    /// <summary>The live market feed host. Default <c>wss://api-feed.dhan.co/</c>; <c>version=2</c>, <c>token</c>, <c>clientId</c> and <c>authType=2</c> are appended as query parameters.</summary>
    public Uri MarketFeedUri { get; set; } = new("wss://api-feed.dhan.co/");

    /// <summary>The 20-level depth socket. Default <c>wss://depth-api-feed.dhan.co/twentydepth</c>.</summary>
    public Uri TwentyDepthUri { get; set; } = new("wss://depth-api-feed.dhan.co/twentydepth");

    /// <summary>The 200-level depth socket. Default <c>wss://full-depth-api.dhan.co/twohundreddepth</c> (the docs' path; the official SDK uses the root <c>/</c>).</summary>
    public Uri TwoHundredDepthUri { get; set; } = new("wss://full-depth-api.dhan.co/twohundreddepth");

    /// <summary>The order-update socket. Default <c>wss://api-order-update.dhan.co/</c>.</summary>
    public Uri OrderUpdateUri { get; set; } = new("wss://api-order-update.dhan.co/");

    /// <summary>The most instruments in one subscribe message; larger requests are split. Default 100 (documented).</summary>
    public int MaxInstrumentsPerMessage { get; set; } = 100;

    /// <summary>The most subscriptions (instrument and mode) on one market-feed connection. Default 5000 (documented).</summary>
    public int MaxInstrumentsPerConnection { get; set; } = 5000;

    /// <summary>
    /// The most connections one feed opens. Default 5 (Dhan allows 5 per account and disconnects the oldest with 805 when a
    /// sixth opens; depth sockets have their own pool). Lower it when other programs use the same account.
    /// </summary>
    public int MaxConnections { get; set; } = 5;

    /// <summary>The most instruments on one 20-level depth connection. Default 50 (documented).</summary>
    public int MaxTwentyDepthInstrumentsPerConnection { get; set; } = 50;

    /// <summary>The size of the buffer between the socket reader and the consumer. Default 10,000 events.</summary>
    public int ChannelCapacity { get; set; } = 10_000;

    /// <summary>What happens when the buffer is full. Default <see cref="DhanFeedOverflowPolicy.DropOldest"/>.</summary>
    public DhanFeedOverflowPolicy OverflowPolicy { get; set; } = DhanFeedOverflowPolicy.DropOldest;

    /// <summary>The first reconnect delay; doubled on each failed attempt, with jitter (a random 50–100 % of it). Default 1 s; zero reconnects at once.</summary>
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest reconnect delay. Default 60 s.</summary>
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The wait after Dhan disconnects with 805 (too many connections or requests). Default 60 s.</summary>
    public TimeSpan TooManyConnectionsDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How many authentication failures in a row (disconnect reasons 807–810, HTTP 401/403 at the handshake) end the feed
    /// with a <see cref="Broker.Errors.BrokerAuthenticationException"/>. A fresh token is requested after each failure (see
    /// <see cref="RenewAccountTokenOnRefusal"/>; the order-update socket's refusals are described by the <c>OrderUpdate…</c> options). Default 3.
    /// </summary>
    public int MaxConsecutiveAuthenticationFailures { get; set; } = 3;

    /// <summary>
    /// Whether a feed refused for its token renews the account's token by itself (through the account's
    /// <see cref="Broker.Authentication.TokenManager"/>). Default <see langword="true"/>.
    /// </summary>
    /// <remarks>
    /// On Dhan a new token replaces the old one (only one is active per account), so when several programs or processes
    /// share an account, a feed that renews on its own logs the others out, and they may renew in turn. Set
    /// <see langword="false"/> when another part of the system owns renewal: a refused feed then re-reads the token
    /// manager's current token (the REST side of this process may have renewed it) and reconnects with it if it is a
    /// different one; if not, the feed ends with a <see cref="Broker.Errors.BrokerAuthenticationException"/> saying
    /// renewal is disabled. Only renewal after a refusal is affected: a feed still asks the token manager for a token
    /// when it connects, which mints one when there is none yet or the current one has expired, as any REST call does.
    /// A token renewed by another process reaches this one only through a shared
    /// <see cref="Broker.Authentication.IAccessTokenStore"/> read when the token manager starts; start a new feed (and
    /// token manager) after such a renewal.
    /// </remarks>
    public bool RenewAccountTokenOnRefusal { get; set; } = true;

    /// <summary>
    /// Whether a refusal on the 200-level depth socket of a token minted through the API (JWT claim
    /// <c>tokenConsumerType</c> <c>"APP"</c>) ends the feed at once with a
    /// <see cref="Broker.Errors.BrokerAuthenticationException"/> that asks for a token generated on Dhan Web
    /// (<c>tokenConsumerType</c> <c>"SELF"</c>), instead of renewing the token until
    /// <see cref="MaxConsecutiveAuthenticationFailures"/> (each renewal mints another API token, which would be refused
    /// too, and replaces the account's token). Default <see langword="true"/>.
    /// </summary>
    /// <remarks>
    /// Observed third-party behaviour, not documented by Dhan: one user reported (2026-04) that the 200-level depth
    /// socket refuses API-minted tokens while accepting Dhan-Web ones. Which disconnect reason it answers is not known; any
    /// authentication refusal (807–810, HTTP 401/403) of an <c>APP</c> token counts. Turn it off if Dhan accepts API
    /// tokens there; tokens whose claims cannot be read are renewed as usual.
    /// </remarks>
    public bool TwoHundredDepthRequiresWebToken { get; set; } = true;

    /// <summary>
    /// The WebSocket close statuses of the order-update socket that count as an authentication failure (a fresh token is
    /// requested, and <see cref="MaxConsecutiveAuthenticationFailures"/> of them in a row end the feed). Default 1008
    /// (policy violation).
    /// </summary>
    /// <remarks>
    /// An assumption: Dhan documents no login acknowledgement or refusal for the order-update socket. 1008 is what the
    /// sandbox sends and what a refusing WebSocket server commonly sends; adjust it when the real server is seen to use
    /// another status.
    /// </remarks>
    public IList<int> OrderUpdateAuthFailureCloseCodes { get; set; } = [1008];

    /// <summary>
    /// Text that marks an authentication failure on the order-update socket, matched without regard to case in the
    /// body of a message whose <c>Type</c> contains <c>error</c>, and in the server's close description. Default
    /// <c>auth</c>; <see langword="null"/> or empty turns the text match off.
    /// </summary>
    /// <remarks>An assumption: Dhan documents no refusal message for the order-update login.</remarks>
    public string? OrderUpdateAuthFailureText { get; set; } = "auth";

    /// <summary>
    /// When the order-update server closes the socket (a close frame, any status) within this long of the connection
    /// opening and the login being sent, without having sent any message, the close counts as an authentication
    /// failure. Measured with the feed's <see cref="TimeProvider"/>. Default 3 s; <see cref="TimeSpan.Zero"/> turns it off.
    /// </summary>
    /// <remarks>
    /// An assumption: Dhan acknowledges no login, and a server that drops a refused login without a message or a
    /// telling status would otherwise look like an ordinary disconnect, reconnected for ever with the same token. A
    /// close after the window, or after any message, is an ordinary disconnect.
    /// </remarks>
    public TimeSpan OrderUpdateSilentCloseAuthFailureWindow { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The longest a connection attempt (TCP, TLS and WebSocket handshake) may take. Default 10 s.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long <c>DisposeAsync</c> waits for a polite close before aborting the sockets. Default 2 s.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The WebSocket keep-alive interval (Dhan pings every 10 s and drops clients silent for 40 s). Default 15 s.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long a market or depth connection with subscriptions may receive nothing during market hours before the
    /// watchdog reports a <see cref="DhanFeedStalled"/> event and reconnects. Default 30 s; <see langword="null"/> turns the watchdog off.
    /// </summary>
    public TimeSpan? StallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>When the market opens, IST. Default 09:15 (NSE).</summary>
    public TimeOnly MarketOpen { get; set; } = new(9, 15);

    /// <summary>When the market closes, IST. Default 15:30 (NSE). Set 23:30 for MCX.</summary>
    public TimeOnly MarketClose { get; set; } = new(15, 30);

    /// <summary>The trading days. Default Monday to Friday. Holidays: use <see cref="IsMarketOpen"/>.</summary>
    public IList<DayOfWeek> TradingDays { get; set; } = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Replaces the market-hours rule (given the current IST time), for holidays or special sessions; <see langword="null"/> uses the days and times above.</summary>
    public Func<DateTimeOffset, bool>? IsMarketOpen { get; set; }

    /// <summary>How the last-trade-time seconds are read. Default <see cref="DhanTradeTimeEncoding.IstWallClockEpoch"/>.</summary>
    public DhanTradeTimeEncoding TradeTimeEncoding { get; set; } = DhanTradeTimeEncoding.IstWallClockEpoch;

    /// <summary>
    /// Gives an instrument's tick size so prices are rounded to it (asked once per instrument at subscription); prices
    /// of instruments without one are rounded to 2 decimal places. For example, look the instrument up in a
    /// <c>DhanInstrumentCatalog</c>.
    /// </summary>
    public Func<DhanInstrument, decimal?>? TickSizeResolver { get; set; }

    /// <summary>The depth unsubscribe code: 24 (classic docs and official SDK, the default) or 25 (portal annexure).</summary>
    public DhanFeedRequestCode DepthUnsubscribeCode { get; set; } = DhanFeedRequestCode.UnsubscribeDepth;

    /// <summary>Copies these options (the feeds keep their own copy).</summary>
    /// <returns>A copy.</returns>
    public DhanFeedOptions Clone()
    {
        var copy = (DhanFeedOptions)MemberwiseClone();
        copy.TradingDays = [.. TradingDays];
        copy.OrderUpdateAuthFailureCloseCodes = [.. OrderUpdateAuthFailureCloseCodes];
        return copy;
    }

    /// <summary>Checks the values, naming the first wrong one.</summary>
    /// <exception cref="ArgumentException">A value is out of range or missing.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ClientId))
        {
            throw new ArgumentException("DhanFeedOptions.ClientId is required (the Dhan client id).", nameof(ClientId));
        }

        foreach (var (name, value) in new[] { (nameof(MaxInstrumentsPerMessage), MaxInstrumentsPerMessage), (nameof(MaxInstrumentsPerConnection), MaxInstrumentsPerConnection), (nameof(MaxConnections), MaxConnections), (nameof(MaxTwentyDepthInstrumentsPerConnection), MaxTwentyDepthInstrumentsPerConnection), (nameof(ChannelCapacity), ChannelCapacity), (nameof(MaxConsecutiveAuthenticationFailures), MaxConsecutiveAuthenticationFailures) })
        {
            if (value < 1)
            {
                throw new ArgumentException($"DhanFeedOptions.{name} must be at least 1; it is {value}.", name);
            }
        }

        if (ReconnectBaseDelay < TimeSpan.Zero || ReconnectMaxDelay < ReconnectBaseDelay || TooManyConnectionsDelay < TimeSpan.Zero)
        {
            throw new ArgumentException("DhanFeedOptions reconnect delays must be non-negative, with ReconnectMaxDelay at least ReconnectBaseDelay.", nameof(ReconnectMaxDelay));
        }

        if (OrderUpdateSilentCloseAuthFailureWindow < TimeSpan.Zero)
        {
            throw new ArgumentException("DhanFeedOptions.OrderUpdateSilentCloseAuthFailureWindow must not be negative (zero turns it off).", nameof(OrderUpdateSilentCloseAuthFailureWindow));
        }

        if (OrderUpdateAuthFailureCloseCodes is null || OrderUpdateAuthFailureCloseCodes.Any(c => c is < 1000 or > 4999))
        {
            throw new ArgumentException("DhanFeedOptions.OrderUpdateAuthFailureCloseCodes must be a list of WebSocket close statuses (1000–4999).", nameof(OrderUpdateAuthFailureCloseCodes));
        }

        if (ConnectTimeout <= TimeSpan.Zero || CloseTimeout <= TimeSpan.Zero || StallTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("DhanFeedOptions.ConnectTimeout, CloseTimeout and StallTimeout must be positive.", nameof(ConnectTimeout));
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"DhanFeedOptions(ClientId={ClientId ?? "(none)"}, MarketFeedUri={MarketFeedUri}, MaxConnections={MaxConnections}, OverflowPolicy={OverflowPolicy})";
}
