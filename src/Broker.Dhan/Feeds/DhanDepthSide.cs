namespace Broker.Dhan.Feeds;

/// <summary>The side of a 20/200-level depth packet.</summary>
public enum DhanDepthSide
{
    /// <summary>Response code 41: bids (buyers), best (highest) first once sorted.</summary>
    Bid = 41,

    /// <summary>Response code 51: asks (sellers), best (lowest) first once sorted.</summary>
    Ask = 51,
}
