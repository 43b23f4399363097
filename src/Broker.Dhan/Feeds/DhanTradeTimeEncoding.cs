namespace Broker.Dhan.Feeds;

/// <summary>How the feed's "last trade time" seconds are to be read.</summary>
public enum DhanTradeTimeEncoding
{
    /// <summary>
    /// The default: seconds since 1970 of the IST wall clock (read as UTC they give the IST time of day), as third-party
    /// captures and the official SDK's formatting indicate. The true UTC instant is 19,800 s earlier.
    /// </summary>
    IstWallClockEpoch = 0,

    /// <summary>True Unix seconds (UTC). Choose this if a live capture shows Dhan has changed the encoding.</summary>
    UnixEpoch = 1,
}
