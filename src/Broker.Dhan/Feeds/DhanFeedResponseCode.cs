namespace Broker.Dhan.Feeds;

/// <summary>
/// The first byte of a live-market-feed packet (spec §10.3), or the third byte of a 20/200-level depth packet (§11.3):
/// what kind of data the packet carries.
/// </summary>
public enum DhanFeedResponseCode
{
    /// <summary>0: not documented; seen by some clients and ignored. Reported as an unknown packet.</summary>
    None = 0,

    /// <summary>1: "Index packet". Dhan publishes no layout; indices arrive as ticker/quote packets with segment 0. Reported as an unknown packet.</summary>
    Index = 1,

    /// <summary>2: ticker (last price and last trade time), 16 bytes.</summary>
    Ticker = 2,

    /// <summary>3: the v1 market-depth packet (legacy). Reported as an unknown packet.</summary>
    LegacyMarketDepth = 3,

    /// <summary>4: quote, 50 bytes.</summary>
    Quote = 4,

    /// <summary>5: open interest, 12 bytes (derivatives, alongside quote subscriptions).</summary>
    OpenInterest = 5,

    /// <summary>6: previous close and previous open interest, 16 bytes (sent once on subscription).</summary>
    PreviousClose = 6,

    /// <summary>7: market status, 8 bytes (header only; the payload is undocumented).</summary>
    MarketStatus = 7,

    /// <summary>8: full (quote, open interest and five depth levels), 162 bytes.</summary>
    Full = 8,

    /// <summary>41: 20/200-level depth, bid (buy) side.</summary>
    DepthBid = 41,

    /// <summary>50: the server is closing the connection; the packet carries a reason code (805, 807, 808…).</summary>
    Disconnect = 50,

    /// <summary>51: 20/200-level depth, ask (sell) side.</summary>
    DepthAsk = 51,
}
