namespace Broker.Dhan.Feeds;

/// <summary>How much data the live market feed sends for an instrument. Modes are independent subscriptions.</summary>
public enum DhanFeedMode
{
    /// <summary>Last price and last trade time (request codes 15/16; ticker packets).</summary>
    Ticker = 0,

    /// <summary>Last price, quantity, average price, volume, buy/sell totals and the day's OHLC (codes 17/18; quote and open-interest packets).</summary>
    Quote = 1,

    /// <summary>Quote plus open interest and five depth levels (codes 21/22; full packets).</summary>
    Full = 2,
}
