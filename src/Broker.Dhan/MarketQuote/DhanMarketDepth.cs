using Broker.Collections;

namespace Broker.Dhan.MarketQuote;

/// <summary>Five levels of bids and asks.</summary>
public sealed record DhanMarketDepth
{
    /// <summary>Bids, best first.</summary>
    public IReadOnlyList<DhanDepthLevel> Buy { get; init => field = ValueList.OrEmpty(value); } = ValueList.Empty<DhanDepthLevel>();

    /// <summary>Asks, best first.</summary>
    public IReadOnlyList<DhanDepthLevel> Sell { get; init => field = ValueList.OrEmpty(value); } = ValueList.Empty<DhanDepthLevel>();
}
