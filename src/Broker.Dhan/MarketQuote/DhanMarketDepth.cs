namespace Broker.Dhan.MarketQuote;

/// <summary>Five levels of bids and asks.</summary>
public sealed record DhanMarketDepth
{
    /// <summary>Bids, best first.</summary>
    public IReadOnlyList<DhanDepthLevel> Buy { get; init; } = [];

    /// <summary>Asks, best first.</summary>
    public IReadOnlyList<DhanDepthLevel> Sell { get; init; } = [];
}
