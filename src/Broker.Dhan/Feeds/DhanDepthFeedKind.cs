namespace Broker.Dhan.Feeds;

/// <summary>Which full-market-depth socket (spec §11).</summary>
public enum DhanDepthFeedKind
{
    /// <summary>20 levels per side; up to 50 instruments per connection; the header's last field is a sequence number.</summary>
    TwentyLevel = 20,

    /// <summary>Up to 200 levels per side; one instrument per connection; the header's last field is the number of rows.</summary>
    TwoHundredLevel = 200,
}
